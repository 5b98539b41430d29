using Testbed.Harness.Outcomes;

namespace Testbed.Harness.Cli;

/// <summary>
/// Runs a command body and turns the harness's expected failures into one error line and
/// their exit code; an interruption kills QEMU (the runner did) and exits 130.
/// </summary>
internal static class CommandGuard
{
    public static async Task<int> RunAsync(Terminal terminal, Func<Task<int>> body)
    {
        try
        {
            return await body();
        }
        catch (HarnessException e)
        {
            terminal.ReportError(e.Message);
            return e.ExitCode;
        }
        catch (OperationCanceledException)
        {
            terminal.ReportError("interrupted; QEMU stopped");
            return ExitCodes.Interrupted;
        }
    }
}
