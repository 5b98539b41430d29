namespace Testbed.Harness.Outcomes;

/// <summary>
/// A failure that stops the harness before or around a boot and has its own exit code
/// (bad usage, bad image, no QEMU). Commands print <see cref="Exception.Message"/> as one
/// line and exit with <see cref="ExitCode"/>; nothing else needs a stack trace.
/// </summary>
public class HarnessException(int exitCode, string message) : Exception(message)
{
    public int ExitCode { get; } = exitCode;
}
