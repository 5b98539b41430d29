using Testbed.Harness.CycleModel;

namespace Testbed.Tests.Support;

/// <summary>
/// Runs one of the cycle model's probe guests (cycle-model/probes, built into
/// artifacts/cycle-model/probes/) under TCG icount with the plugin, through the harness's own
/// QEMU command line, and reads what the plugin wrote. The probes print nothing: they power
/// off through isa-debug-exit when done.
/// </summary>
internal static class ProbeBoot
{
    public static string Root => RepositoryRoot.Locate()!;

    public static async Task<(QemuRun Run, PluginOutput? Output)> RunAsync(string probe, CpuModel model)
    {
        var image = new KernelImage(probe, Path.Combine(Root, "artifacts", "cycle-model", "probes", probe + ".elf"));
        Assert.True(File.Exists(image.ElfPath), $"{image.ElfPath} is not built (dotnet build cycle-model/CycleModel.csproj)");
        using var output = new ScratchFile("testbed-probe");
        var arguments = QemuArguments.Build(new QemuOptions(image, MeasurementMode.TcgIcount)
        {
            Plugin = CyclePlugin.Argument(CyclePlugin.PathIn(Root), model, output.Path),
        });
        var run = await QemuProcess.RunAsync(QemuLocator.Require(), arguments, TimeSpan.FromSeconds(60), _ => { },
            workingDirectory: QemuArguments.WorkingDirectory(image));
        return (run, File.Exists(output.Path) && new FileInfo(output.Path).Length > 0 ? PluginOutput.Load(output.Path) : null);
    }

    /// <summary>
    /// The second of a probe's two windows (the first warms caches and TLBs up; both are closed
    /// at one site, before the probe's one record), less its calibration, by counter name;
    /// zeros left out.
    /// </summary>
    public static Dictionary<string, ulong> WarmWindow(PluginOutput output)
    {
        var group = Assert.Single(output.Segments[0].Groups);
        Assert.Equal(2UL, group.Windows);
        Assert.Equal(0UL, group.CalibrationChanges);
        var warm = WindowStatistics.Windows(group, calibrated: true).Last();    // distinct windows in order of first appearance
        return output.Counters.Zip(warm.Counts).Where(c => c.Second != 0).ToDictionary(c => c.First, c => c.Second);
    }
}
