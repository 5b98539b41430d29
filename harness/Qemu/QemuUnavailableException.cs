namespace Testbed.Harness.Qemu;

/// <summary>QEMU is not installed or could not be started: exit code 6.</summary>
public sealed class QemuUnavailableException(string message) : HarnessException(ExitCodes.QemuUnavailable, message)
{
    public const string InstallCommand = "sudo apt-get install -y qemu-system-x86";

    public static QemuUnavailableException NotInstalled() =>
        new($"{QemuArguments.Executable} not found on PATH; install it with:\n{InstallCommand}");
}
