namespace Testbed.Harness.Cli;

/// <summary>
/// Runs a command body and turns the harness's expected failures into one error line and
/// their exit code; an interruption kills QEMU (the runner did) and exits 130. A file that
/// cannot be read or written (checked up front for outputs, but a disk can fill) is one
/// line and exit code 2 too: no user error ends in a stack trace.
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
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            terminal.ReportError(e.Message);
            return ExitCodes.BadUsage;
        }
        catch (OperationCanceledException)
        {
            terminal.ReportError("interrupted; QEMU stopped");
            return ExitCodes.Interrupted;
        }
    }
}
