namespace Testbed.Harness.Profiling;

/// <summary>One profiling boot to run: the kernel, the bench whose sample to cut, the usual boot settings.</summary>
public sealed record ProfileRequest(KernelImage Image, string Bench)
{
    /// <summary>A profile needs few samples: added to the command line unless it names iterations itself.</summary>
    public const int DefaultIterations = 4;

    public string? Append { get; init; }

    /// <summary>Which matching window, 1-based; null for the middle one.</summary>
    public int? Sample { get; init; }

    public long Slack { get; init; } = WindowSelection.DefaultSlack;

    /// <summary>Single-stepping is slow (about 0.5 M instructions/s): a full boot takes a minute or more.</summary>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(600);

    public string? QemuExecutable { get; init; }

    /// <summary>The command line the kernel gets: the user's words, with iterations=4 first unless they set it.</summary>
    public string KernelCommandLine()
    {
        var words = (Append ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Any(w => w.StartsWith("iterations=", StringComparison.Ordinal))
            ? string.Join(' ', words)
            : string.Join(' ', [$"iterations={DefaultIterations}", .. words]);
    }
}

/// <summary>What a profiling boot produced: the boot itself, and its execution cut into windows.</summary>
public sealed class ProfileTrace(BootResult boot, Symbolizer symbolizer, TscWindowRecorder recorder, long otherLines)
{
    public BootResult Boot { get; } = boot;
    public Symbolizer Symbolizer { get; } = symbolizer;
    public TscWindowRecorder Recorder { get; } = recorder;
    /// <summary>Log lines that were not instruction lines (QEMU's own messages).</summary>
    public long OtherLines { get; } = otherLines;

    public BenchRecord? Bench(string name) => Boot.Benches.LastOrDefault(b => b.Name == name);

    /// <summary>The profile of the window that matches the bench's median (see <see cref="WindowSelection"/>).</summary>
    public (SampleProfile Profile, WindowChoice Choice) ProfileOf(BenchRecord bench, long slack, int? sample)
    {
        var windows = Recorder.Windows;
        var choice = WindowSelection.Choose(windows.Select(w => w.Length).ToList(),
            new BenchSamples(bench.Name, (long)bench.Median, (long)bench.N, (long)bench.Min, (long)bench.Max), slack, sample);
        var window = windows[choice.Chosen];
        return (SampleProfile.Of(window, Recorder.RunsOf(window), id => Symbolizer[id]), choice);
    }
}

/// <summary>
/// A profiling boot: the kernel under single-stepped TCG icount with QEMU's execution log
/// (<c>-singlestep -d exec,nochain -D fifo</c>), the log parsed as it streams through a named
/// pipe and cut at every rdtsc. Pipeline: load the images' symbols, make the pipe, start the
/// reader, boot (BootSession: watchdog, serial records, verdict), wait for the reader.
/// </summary>
public static class ProfileSession
{
    public static readonly IReadOnlyList<string> TraceArguments = ["-singlestep", "-d", "exec,nochain"];

    static readonly TimeSpan ReleaseInterval = TimeSpan.FromMilliseconds(250);

    public static async Task<ProfileTrace> RunAsync(ProfileRequest request, IBootObserver? observer = null, CancellationToken cancellation = default)
    {
        var symbolizer = new Symbolizer(ImageCode.OfKernel(request.Image));
        var recorder = new TscWindowRecorder(symbolizer);
        using var pipe = new NamedPipe("exec.log");

        var reader = Task.Factory.StartNew(() =>
        {
            using var stream = pipe.OpenForReading();
            return ExecLog.Read(stream, recorder.Add);
        }, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);

        BootResult boot;
        try
        {
            boot = await BootSession.RunAsync(new BootRequest(request.Image)
            {
                Accel = AccelRequest.Tcg,
                Icount = true,
                Timeout = request.Timeout,
                Append = request.KernelCommandLine(),
                ExtraQemuArgs = [.. TraceArguments, "-D", pipe.Path],
                QemuExecutable = request.QemuExecutable,
            }, observer, cancellation);
        }
        finally
        {
            // QEMU is gone: its end of the pipe is closed, or it never opened it (a reader
            // still blocked in open is let through, again until it has finished).
            pipe.ReleaseReader();
        }
        while (await Task.WhenAny(reader, Task.Delay(ReleaseInterval, CancellationToken.None)) != reader)
            pipe.ReleaseReader();
        long otherLines = await reader.ConfigureAwait(false);
        return new ProfileTrace(boot, symbolizer, recorder, otherLines);
    }
}
