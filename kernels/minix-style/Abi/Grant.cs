// A memory grant (MINIX 3: cp_grant_t, include/minix/safecopies.h; the memory grants of
// Herder et al., Fault Isolation for Device Drivers, DSN 2009): a process names, in a table in its own memory, a range of
// its memory that one other process may read or write through SYS_SAFECOPY, and nothing
// else of it. The kernel reads the table where the granter keeps it (SYS_SETGRANT says
// where), at every copy, so revoking is the granter clearing Valid in its own memory.
using System.Runtime.InteropServices;

namespace MinixStyle.Abi;

[StructLayout(LayoutKind.Sequential, Size = Size)]
public struct Grant
{
    public const int Size = 32;
    /// <summary>The most entries a table may have (SYS_SETGRANT refuses more).</summary>
    public const int MaxEntries = 64;

    public const uint Valid = 1, Read = 2, Write = 4;

    /// <summary>Valid | Read | Write: what the grantee may do; 0 = a free or revoked entry.</summary>
    public uint Flags;
    /// <summary>The one endpoint that may use it.</summary>
    public int Grantee;
    public ulong Address, Length;
    private ulong _unused;   // 32 bytes: an entry of an aligned table never straddles a page
}
