// What the kernel command line asks of the root task, as bits of its start argument.

namespace L4Style.Boot;

public static class RootOptions
{
    public static ulong FromCommandLine()
    {
        ulong options = 0;
        if (CommandLine.Has("nobench")) options |= RootArgument.NoBench;
        if (CommandLine.Has("nochecks")) options |= RootArgument.NoChecks;
        return options;
    }
}
