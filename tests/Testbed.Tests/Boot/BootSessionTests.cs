using System.Diagnostics;

namespace Testbed.Tests.Boot;

/// <summary>
/// The boot pipeline end to end, with a shell script in place of QEMU and a synthetic image:
/// the watchdog, the kill on cancellation and the classification are real.
/// </summary>
public sealed class BootSessionTests : IDisposable
{
    readonly string imagePath = Path.Combine(Directory.CreateTempSubdirectory("testbed-boot-").FullName, "kernel.elf");

    public BootSessionTests() => File.WriteAllBytes(imagePath, SyntheticImage.Elf32Multiboot());

    public void Dispose() => Directory.Delete(Path.GetDirectoryName(imagePath)!, recursive: true);

    BootRequest Request(FakeQemu qemu, double timeoutSeconds = 20) =>
        new(KernelCatalog.FromFile(imagePath))
        {
            Accel = AccelRequest.Tcg,
            Timeout = TimeSpan.FromSeconds(timeoutSeconds),
            Append = "iterations=10",
            QemuExecutable = qemu.Executable,
        };

    // A boot whose QEMU runs `script`, and how long it took: the stops below must not wait out its sleep.
    async Task<(BootResult Result, TimeSpan Elapsed)> RunTimed(string script, double timeoutSeconds)
    {
        using var qemu = new FakeQemu(script);
        var clock = Stopwatch.StartNew();
        var result = await BootSession.RunAsync(Request(qemu, timeoutSeconds));
        return (result, clock.Elapsed);
    }

    [Fact]
    public async Task CleanPowerOff_AfterOkChecks_IsPassed_WithRecordsAndLog()
    {
        using var qemu = new FakeQemu("""
            printf 'booting\r\n'
            echo '@tb {"kind":"hello","kernel":"halcheck","cmdline":"iterations=10"}'
            echo '@tb {"kind":"check","name":"idt","ok":true}'
            echo '@tb {"kind":"bench","name":"null","n":10,"min":1,"median":2,"max":3}'
            echo '@tb {"kind":"done","ok":true}'
            exit 1
            """);

        var result = await BootSession.RunAsync(Request(qemu));

        Assert.Equal(Outcome.Passed, result.Outcome);
        Assert.Equal(0, result.ExitCode);
        Assert.Equal(MeasurementMode.Tcg, result.Mode);
        Assert.Equal(["booting"], result.LogLines);
        Assert.Equal(["hello", "check", "bench", "done"], result.Records.Select(r => r.Kind));
        Assert.Equal("null", Assert.Single(result.Benches).Name);
        Assert.Equal(qemu.Executable, result.QemuCommand[0]);
        Assert.Contains("iterations=10", result.QemuCommand);
    }

    [Fact]
    public async Task Watchdog_KillsAHungGuest_AndClassifiesItAsHang()
    {
        var (result, elapsed) = await RunTimed("echo 'stuck in the scheduler'\nexec sleep 60", timeoutSeconds: 0.5);

        Assert.Equal(Outcome.Hang, result.Outcome);
        Assert.Equal(5, result.ExitCode);
        Assert.True(result.Qemu.WatchdogFired);
        Assert.Equal(["stuck in the scheduler"], result.LogLines);
        Assert.True(elapsed < TimeSpan.FromSeconds(10));
    }

    [Fact]
    public async Task Cancellation_KillsQemu_AndThrows()
    {
        using var qemu = new FakeQemu("exec sleep 60");
        using var cancel = new CancellationTokenSource(TimeSpan.FromMilliseconds(300));
        var clock = Stopwatch.StartNew();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => BootSession.RunAsync(Request(qemu), null, cancel.Token));

        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(10));
    }

    [Fact]
    public async Task KvmInternalError_StopsQemuAtOnce_AsAQemuError()
    {
        // QEMU pauses the VM on this error instead of exiting; waiting for the watchdog would waste it.
        var (result, elapsed) = await RunTimed("echo 'KVM internal error. Suberror: 1' >&2\nexec sleep 60", timeoutSeconds: 30);

        Assert.Equal(Outcome.QemuError, result.Outcome);
        Assert.False(result.Qemu.WatchdogFired);
        Assert.True(elapsed < TimeSpan.FromSeconds(10));
    }

    [Fact]
    public async Task GuestReset_IsClassifiedAsReset()
    {
        using var qemu = new FakeQemu("echo 'about to load a null IDT'\nexit 0");

        var result = await BootSession.RunAsync(Request(qemu));

        Assert.Equal(Outcome.Reset, result.Outcome);
    }

    [Fact]
    public async Task QemuThatCannotStart_IsExitCode6()
    {
        var request = new BootRequest(KernelCatalog.FromFile(imagePath))
        {
            Accel = AccelRequest.Tcg,
            QemuExecutable = "/nonexistent/qemu-system-x86_64",
        };

        var error = await Assert.ThrowsAsync<QemuUnavailableException>(() => BootSession.RunAsync(request));

        Assert.Equal(6, error.ExitCode);
    }

    [Fact]
    public async Task BadImage_IsRejected_BeforeQemuStarts()
    {
        File.WriteAllBytes(imagePath, SyntheticImage.Elf(elfClass: 2, multibootAt: 0x1000));
        using var qemu = new FakeQemu("exit 1");

        var error = await Assert.ThrowsAsync<BadImageException>(() => BootSession.RunAsync(Request(qemu)));

        Assert.Contains("ELF64", error.Message);
    }
}
