// The two ways to break the separation of instructions and data (MINIX 3 runs separate
// I&D): execute a byte of data, write a byte of code. Either must be a page fault that
// ends this process (the kernel checks how it ended); returning means it was allowed.

namespace MinixStyle.Processes.IpcTest;

public static unsafe class SeparateCodeAndData
{
    public const int NotStopped = 1;

    // A `ret` instruction in a writable, no-execute data page.
    private static byte[] s_code = new byte[] { 0xC3 };

    public static int Break(ulong role)
    {
        if (role == StartArgument.RoleJumpIntoData)
        {
            fixed (byte* code = s_code) ((delegate*<void>)code)();
        }
        else if (role == StartArgument.RoleWriteText)
        {
            *(byte*)(delegate*<ulong, int>)&WrittenOver = 0xCC;
        }
        return NotStopped;
    }

    // A function whose first byte the write-text probe overwrites (never called).
    private static int WrittenOver(ulong unused) => NotStopped;
}
