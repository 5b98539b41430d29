// Long messages: the kernel copies a string from the sender's address space into the
// receiver's buffer in one go, page by page through the page tables of both (no temporary
// mapping, no kernel buffer: Liedtke 1993, section 5.3, "direct transfer"). The kernel half
// identity-maps physical memory, so a translated address is directly usable.

namespace L4Style.Ipc;

public static unsafe class StringCopy
{
    public const ulong MaxLength = 64 * 1024;

    /// <summary>Copies s's string (r12, r13) into r's buffer (r14, r15); returns the bytes copied.</summary>
    public static ulong Copy(Tcb* s, Tcb* r)
    {
        ulong length = s->Regs.R13;
        if (length > r->Regs.R15) length = r->Regs.R15;
        if (length > MaxLength) length = MaxLength;
        if (length == 0) return 0;
        return UserMemory.Copy(s->Task, s->Regs.R12, r->Task, r->Regs.R14, length) ? length : 0;
    }
}
