using Testbed.Tests.Singularity;

namespace Testbed.Tests.Images;

/// <summary>
/// The kernels that host the shared drivers take their QEMU devices and the shared footprint
/// groups from one file (common/build/DriverHostKernel.props): the built images say so.
/// </summary>
public sealed class DriverHostKernelTests
{
    private static readonly string[] DriverKernels = ["nooks-style", "l4-style", "singularity"];

    private static string ImageFile(string kernel, string name) =>
        Path.Combine(Snippets.RepositoryRoot, "artifacts", "images", kernel, name);

    [Fact]
    public void EveryDriverKernel_BootsTheSameDevices_TheAtaDiskAndTwoRtl8139sOnOneHub()
    {
        var devices = DriverKernels.Select(k => File.ReadAllLines(ImageFile(k, "qemu-args.txt"))).ToList();

        Assert.All(devices, d => Assert.Equal(devices[0], d));
        Assert.Contains("if=ide,format=raw,file={disk:8}", devices[0]);
        Assert.Equal(2, devices[0].Count(line => line.StartsWith("rtl8139,", StringComparison.Ordinal)));
        Assert.Equal(2, devices[0].Count(line => line.Contains("hubid=0", StringComparison.Ordinal)));
    }

    [Fact]
    public void EveryDriverKernel_CountsTheSameHalAndRuntime_AndTheSharedDriversOnlyWhereTheyRunInRing0()
    {
        var groups = DriverKernels.ToDictionary(k => k, k => FootprintSources.ReadBeside(ImageFile(k, "kernel.elf")));
        string[] Files(string kernel, string group) =>
            groups[kernel].Where(s => s.Group == group).Select(s => Path.GetFullPath(s.Path)).Order().ToArray();
        string sharedDriver = Path.GetFullPath(Path.Combine(Snippets.RepositoryRoot, "common", "drivers", "Ata", "AtaDriver.cs"));

        foreach (string group in new[] { "hal", "runtime" })
            Assert.All(DriverKernels, k => Assert.Equal(Files("nooks-style", group), Files(k, group)));
        Assert.Contains(Files("nooks-style", "hal"), f => f.EndsWith(Path.Combine("common", "guest", "Measure", "Summary.cs"), StringComparison.Ordinal));
        Assert.Contains(sharedDriver, Files("nooks-style", "drivers"));
        Assert.Contains(sharedDriver, Files("singularity", "drivers"));
        Assert.DoesNotContain(groups["l4-style"], s => Path.GetFullPath(s.Path) == sharedDriver);   // l4-style's drivers are ring-3 tasks
    }
}
