// The services RS guards, read from the privilege table the build wrote from system.conf
// (Build/ServiceConfig/README.md gives the layout) and the kernel mapped read-only into RS. A
// service with no process in this system, or one RS does not guard (ServiceNames), is left out.
using System.Runtime.CompilerServices;

namespace MinixStyle.Processes.Rs;

public static unsafe class ServiceTable
{
    public const int Capacity = 8;
    private const int HeaderSize = 12, RecordSize = 57, NameSize = 16;

    private struct Table
    {
        public Service S0, S1, S2, S3, S4, S5, S6, S7;
    }
    private static Table s_table;
    public static int Count;

    public static Service* At(int i) => (Service*)Unsafe.AsPointer(ref s_table.S0) + i;

    /// <summary>False if the table is not the one the build writes (magic MXPRIV02, size).</summary>
    public static bool Load(byte* table, ulong size)
    {
        if (size < HeaderSize || table[0] != (byte)'M' || table[1] != (byte)'X' || table[6] != (byte)'0' || table[7] != (byte)'2') return false;
        uint records = U32(table + 8);
        if ((ulong)HeaderSize + (ulong)records * RecordSize > size) return false;
        for (uint r = 0; r < records && Count < Capacity; r++)
        {
            byte* record = table + HeaderSize + r * RecordSize;
            ulong name = Name(record);
            int endpoint = ServiceNames.BootEndpoint(name);
            if (endpoint == Abi.Endpoint.None || endpoint == Abi.Endpoint.Rs || !ServiceNames.IsGuarded(endpoint)) continue;
            Service* s = At(Count++);
            s->Name = name;
            s->BootEndpoint = s->Endpoint = endpoint;
            s->State = ServiceState.Running;
            s->NeedsPublish = !ServiceNames.HasFixedEndpoint(endpoint);
            s->RestartKind = record[46];
            s->GiveUpFailures = (ushort)(record[47] | record[48] << 8);
            s->GiveUpWindow = U32(record + 49);
            s->Heartbeat = U32(record + 53);
        }
        return true;
    }

    public static Service* Find(int endpoint)
    {
        for (int i = 0; i < Count; i++)
            if (At(i)->Endpoint == endpoint) return At(i);
        return null;
    }

    public static Service* FindBoot(int bootEndpoint)
    {
        for (int i = 0; i < Count; i++)
            if (At(i)->BootEndpoint == bootEndpoint) return At(i);
        return null;
    }

    // The name as a DS key: its first 8 bytes (names are NUL padded to 16).
    public static ulong Name(byte* record)
    {
        ulong key = 0;
        for (int i = 0; i < 8 && i < NameSize && record[i] != 0; i++) key |= (ulong)record[i] << (8 * i);
        return key;
    }

    public static uint U32(byte* p) => (uint)(p[0] | p[1] << 8 | p[2] << 16 | p[3] << 24);
}
