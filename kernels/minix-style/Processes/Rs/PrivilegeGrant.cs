// RS's first act: every service of the privilege table that has a process in this system gets
// its system.conf privileges by SYS_PRIVCTL and is then allowed to run (MINIX 3: RS's
// init_privs and sys_privctl(SYS_PRIV_SET_SYS, then SYS_PRIV_ALLOW)); the "user" block becomes
// what PM's children get. The table's call and primitive bits are the kernel's own numbers
// (Build/ServiceConfig), its send mask names services by their index in the file: RS turns
// each index into the service's process-table slot. A service the kernel refuses stays
// without privileges and never runs; RS reports it (check privilege.set-by-rs).
namespace MinixStyle.Processes.Rs;

public static unsafe class PrivilegeGrant
{
    private const int HeaderSize = 12, RecordSize = 57;

    /// <summary>Services given privileges and allowed, and refusals; the check's figures.</summary>
    public static int Granted, Refused;

    public static void All(byte* table, Message* m)
    {
        uint records = ServiceTable.U32(table + 8);
        for (uint r = 0; r < records; r++)
        {
            byte* record = table + HeaderSize + r * RecordSize;
            ulong name = ServiceTable.Name(record);
            int endpoint = ServiceNames.BootEndpoint(name);
            bool user = name == DsKey.Of("user");
            if (!user && (endpoint == Endpoint.None || endpoint == Endpoint.Rs)) continue;
            *m = default;
            m->Type = KernelCallNumber.PrivCtl;
            m->A1 = (ulong)(long)endpoint;
            m->A2 = user ? PrivCtl.SetUser : PrivCtl.SetSystem;
            m->A3 = PrivCtl.Masks(ServiceTable.U32(record + 16), record[20]);
            m->A4 = Slots(table, records, ServiceTable.U32(record + 21));
            m->A5 = PrivCtl.Ranges(ServiceTable.U32(record + 25), ServiceTable.U32(record + 29));
            m->A6 = PrivCtl.Ranges(ServiceTable.U32(record + 33), ServiceTable.U32(record + 37));
            m->A7 = PrivCtl.Device(record[41], U16(record + 42), U16(record + 44));
            bool ok = Ipc.KernelCall(m) == IpcStatus.Ok;
            if (ok && !user) ok = Sys.Call(KernelCallNumber.PrivCtl, (ulong)(long)endpoint, PrivCtl.Allow, 0, 0, out _) == IpcStatus.Ok;
            if (ok) Granted++;
            else Refused++;
        }
    }

    // Bit i of the table's mask (the i-th service of the file) as the bit of that service's slot.
    private static ulong Slots(byte* table, uint records, uint mask)
    {
        ulong slots = 0;
        for (int i = 0; i < 32 && i < records; i++)
        {
            if ((mask & (1u << i)) == 0) continue;
            int endpoint = ServiceNames.BootEndpoint(ServiceTable.Name(table + HeaderSize + i * RecordSize));
            if (endpoint != Endpoint.None) slots |= 1UL << endpoint;
        }
        return slots;
    }

    /// <summary>What the kernel must refuse whoever asks: RS itself as the target, a port range past 0xFFFF, a user template with more than sendrec; true if all three were.</summary>
    public static bool BadRequestsRefused()
    {
        bool self = Sys.Call(KernelCallNumber.PrivCtl, (ulong)(long)Endpoint.Rs, PrivCtl.Allow, 0, 0, out _) == IpcStatus.BadEndpoint;
        bool ports = Sys.Call6(KernelCallNumber.PrivCtl, (ulong)(long)Endpoint.Ds, PrivCtl.SetSystem, 0, 0, PrivCtl.Ranges(0xFFFF | 2u << 16, 0), 0, out _, out _) == IpcStatus.BadCall;
        bool user = Sys.Call(KernelCallNumber.PrivCtl, 0, PrivCtl.SetUser, PrivCtl.Masks(0, 1u << (int)IpcCall.Send), 0, out _) == IpcStatus.BadCall;
        return self && ports && user;
    }

    private static ushort U16(byte* p) => (ushort)(p[0] | p[1] << 8);
}
