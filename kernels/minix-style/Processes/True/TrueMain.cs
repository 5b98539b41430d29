// true: the smallest program PM can exec into a forked child (POSIX true(1)): it returns at
// once, with its start argument as its exit code, so that the parent's wait shows the child
// ran this image and its code came back. It exits as every user process does, through PM.

namespace MinixStyle.Processes.True;

public static class TrueMain
{
    [RuntimeExport("tb_process_main")]
    private static int Main(ulong argument) => (int)(argument & 0x7F);
}
