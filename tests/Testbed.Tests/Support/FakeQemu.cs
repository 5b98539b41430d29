namespace Testbed.Tests.Support;

/// <summary>
/// A shell script standing in for qemu-system-x86_64: prints what a kernel would print on
/// the serial port and exits with a chosen status. Lets the runner and the boot pipeline be
/// tested without QEMU or a kernel.
/// </summary>
internal sealed class FakeQemu : IDisposable
{
    readonly string folder = Directory.CreateTempSubdirectory("testbed-fake-qemu-").FullName;

    public string Executable => Path.Combine(folder, "qemu-system-x86_64");

    /// <param name="body">The script body (sh), e.g. <c>echo '@tb {...}'; exit 1</c>.</param>
    public FakeQemu(string body)
    {
        File.WriteAllText(Executable, "#!/bin/sh\n" + body + "\n");
        if (!OperatingSystem.IsWindows()) // the harness runs on Linux; this keeps the analyzer content
            File.SetUnixFileMode(Executable, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
    }

    public void Dispose() => Directory.Delete(folder, recursive: true);
}
