// Memory grants as a process uses them (MINIX 3: libsys's cpf_grant_direct, cpf_revoke and
// sys_safecopyfrom/to; the table format is Abi/Grant.cs). A granter keeps its table in its
// own memory and tells the kernel where once (SetTable); a grant is an entry it fills in,
// a revocation an entry it clears. A grantee copies through it with SafeCopyFrom/To.

namespace MinixStyle.Processes.MinixLib;

public static unsafe class Grants
{
    public static long SetTable(Grant* table, int entries) => Sys.Call(KernelCallNumber.SetGrant, (ulong)table, (ulong)entries, 0, 0, out _);

    /// <summary>Fills in entry <paramref name="id"/>: <paramref name="grantee"/> may use [address, address + length) as <paramref name="access"/> (Grant.Read | Grant.Write).</summary>
    public static void Make(Grant* table, int id, int grantee, void* address, ulong length, uint access)
    {
        table[id].Grantee = grantee;
        table[id].Address = (ulong)address;
        table[id].Length = length;
        table[id].Flags = Grant.Valid | access;
    }

    public static void Revoke(Grant* table, int id) => table[id].Flags = 0;

    /// <summary>Copies <paramref name="bytes"/> from the granter's granted memory (at <paramref name="offset"/>) into <paramref name="buffer"/>.</summary>
    public static long SafeCopyFrom(int granter, ulong id, ulong offset, void* buffer, ulong bytes) =>
        Sys.Call6(KernelCallNumber.SafeCopy, (ulong)(long)granter, id, offset, (ulong)buffer, bytes, SafeCopyDirection.FromGranter, out _, out _);

    /// <summary>Copies <paramref name="bytes"/> from <paramref name="buffer"/> into the granter's granted memory (at <paramref name="offset"/>).</summary>
    public static long SafeCopyTo(int granter, ulong id, ulong offset, void* buffer, ulong bytes) =>
        Sys.Call6(KernelCallNumber.SafeCopy, (ulong)(long)granter, id, offset, (ulong)buffer, bytes, SafeCopyDirection.ToGranter, out _, out _);
}
