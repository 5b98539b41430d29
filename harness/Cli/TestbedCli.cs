namespace Testbed.Harness.Cli;

/// <summary>
/// The `testbed` command line: parse, then run one command. Parse errors are bad usage
/// (exit 2), not System.CommandLine's default 1, which would read as "a check failed".
/// </summary>
public static class TestbedCli
{
    public static RootCommand Create(CliContext context) =>
        new("Testbed: boot C# bare-metal kernels under QEMU and measure them.\n\n" + ExitCodes.Table)
        {
            BootCommand.Create(context),
            BenchCommand.Create(context),
            CompareCommand.Create(context),
            ListCommand.Create(context),
            DisasmCommand.Create(context),
            FootprintCommand.Create(context),
            ProfileCommand.Create(context),
            HostCommand.Create(context),
            ReproduceCommand.Create(context),
            SweepCommand.Create(context),
        };

    /// <summary>Runs the command line in-process and returns the exit code.</summary>
    public static async Task<int> RunAsync(
        string[] args, Terminal terminal, string? repositoryRoot = null, CancellationToken cancellation = default,
        string? qemuExecutable = null)
    {
        var parse = Create(new CliContext(terminal, repositoryRoot) { QemuExecutable = qemuExecutable }).Parse(args);
        if (parse.Errors.Count > 0 && parse.Action is not { ClearsParseErrors: true })
        {
            // One line: the first error, preferring a word the parser did not know, which is
            // the cause of the others ("testbed frobnicate" also lacks a command).
            var error = parse.Errors.FirstOrDefault(e => e.Message.StartsWith("Unrecognized", StringComparison.Ordinal)) ?? parse.Errors[0];
            terminal.ReportError(error.Message);
            return ExitCodes.BadUsage;
        }

        return await parse.InvokeAsync(new InvocationConfiguration
        {
            Output = terminal.HelpWriter,
            Error = terminal.HelpWriter,
            // ShutdownSignals owns Ctrl-C/SIGTERM: cancel the boot, kill QEMU, then exit.
            ProcessTerminationTimeout = null,
        }, cancellation);
    }
}
