// SYS_SAFECOPY (MINIX 3: do_safecopy_from / do_safecopy_to; the grants of DSN 2009):
// copies between the caller's memory and a granter's, only through a grant the granter
// made to the caller: a valid entry of its table, naming the caller's endpoint, allowing
// this direction, covering [offset, offset + bytes). The entry is read from the granter's
// memory at each call. Any other request is BadGrant; a buffer that is not there, BadAddress.
namespace MinixStyle.KernelCalls;

public static unsafe class DoSafeCopy
{
    public static long Handle(int caller, Message* m)
    {
        int granter = ProcessTable.SlotOf((int)(long)m->A1);
        ulong id = m->A2, offset = m->A3, buffer = m->A4, bytes = m->A5, direction = m->A6;
        if (granter == ProcessTable.NoSlot || granter == ProcessTable.SystemSlot) return IpcStatus.BadEndpoint;
        if (bytes == 0 || bytes > UserMemory.MaxBytes || (direction != SafeCopyDirection.FromGranter && direction != SafeCopyDirection.ToGranter)) return IpcStatus.BadCall;
        ref Proc g = ref ProcessTable.Procs[granter];
        if (id >= (ulong)g.GrantCount) return IpcStatus.BadGrant;
        ulong at = g.GrantTable + id * Grant.Size;
        var entry = (Grant*)UserMemory.Page(granter, at, false, out _);
        if (entry == null) return IpcStatus.BadGrant;
        uint need = Grant.Valid | (direction == SafeCopyDirection.ToGranter ? Grant.Write : Grant.Read);
        if ((entry->Flags & need) != need || entry->Grantee != ProcessTable.Procs[caller].Endpoint
            || offset > entry->Length || bytes > entry->Length - offset) return IpcStatus.BadGrant;
        ulong granted = entry->Address + offset;
        bool ok = direction == SafeCopyDirection.ToGranter
            ? UserMemory.Copy(caller, buffer, granter, granted, bytes)
            : UserMemory.Copy(granter, granted, caller, buffer, bytes);
        return ok ? IpcStatus.Ok : IpcStatus.BadAddress;
    }
}
