// SYS_SETGRANT (MINIX 3: sys_setgrant): where the caller keeps its grant table (Abi/Grant.cs)
// and how many entries it has. The table stays in the caller's memory and is read at each
// SYS_SAFECOPY, so grants and revocations are writes the granter makes itself.
namespace MinixStyle.KernelCalls;

public static unsafe class DoSetGrant
{
    public static long Handle(int caller, Message* m)
    {
        ulong address = m->A1, count = m->A2;
        if (count > Grant.MaxEntries || (address & (Grant.Size - 1)) != 0) return IpcStatus.BadCall;
        for (ulong at = address; count != 0 && at < address + count * Grant.Size; )
            if (UserMemory.Page(caller, at, false, out ulong room) == null) return IpcStatus.BadAddress;
            else at += room;
        ProcessTable.Procs[caller].GrantTable = address;
        ProcessTable.Procs[caller].GrantCount = (int)count;
        return IpcStatus.Ok;
    }
}
