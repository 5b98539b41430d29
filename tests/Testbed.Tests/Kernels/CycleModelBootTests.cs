using Testbed.Harness.CycleModel;

namespace Testbed.Tests.Kernels;

/// <summary>
/// halcheck booted under the skylake cycle model (TCG icount plus the model's QEMU plugin):
/// its floor rows come out in modelled cycles, each made of exactly the events its code
/// executes (a ring crossing is one syscall and one sysret; an address-space switch is two
/// CR3 writes, each flushing the TLBs), twice the same, and a row whose samples are not one
/// window each (the timer interrupt's gaps, less the loop's cost) is refused with its reason.
/// The modelled figures themselves are pinned in results/model/skylake/ (BaselineBootTests).
/// </summary>
[Collection(QemuBootCollection.Name)]
public sealed class CycleModelBootTests
{
    static CpuModel Skylake => CpuModels.Find(RepositoryRoot.Locate()!, "skylake");

    static Task<BootResult> BootUnderModel() => BootSession.RunAsync(BootRequest.ForKernel("halcheck") with
    {
        Accel = AccelRequest.Tcg,
        Icount = true,
        Model = Skylake,
        Timeout = TimeSpan.FromSeconds(60),
        Append = "iterations=200",
    });

    [Fact]
    public async Task Halcheck_FloorRowsInModelledCycles_AreMadeOfTheirOwnEvents_AndRepeatExactly()
    {
        var first = await BootUnderModel();
        var second = await BootUnderModel();

        IcountBoot.AssertPassed(first);
        var modelled = first.Modelled!;
        var figures = modelled.Figures.ToDictionary(f => f.Benchmark);
        Assert.Equal(["address-space.switch", "syscall.null", "thread.switch"], figures.Keys.Order(StringComparer.Ordinal));
        Assert.All(modelled.Matches.Where(m => m.Group is not null), m => Assert.True(m.IsExact, m.Record.Name));

        var syscall = figures["syscall.null"].MedianCounts;
        Assert.Equal(1UL, syscall["insn.syscall"]);
        Assert.Equal(1UL, syscall["insn.sysret"]);
        Assert.False(syscall.ContainsKey("insn.cr3-write"));
        var aswitch = figures["address-space.switch"].MedianCounts;
        Assert.Equal(2UL, aswitch["insn.cr3-write"]);
        Assert.Equal(2UL, aswitch["tlb.flush"]);
        Assert.False(aswitch.ContainsKey("insn.syscall"));
        // A switch costs at least its two CR3 writes in the model, whatever its instructions.
        Assert.True(figures["address-space.switch"].Median >= 2 * Skylake.CostOf("insn.cr3-write"));

        var timer = Assert.Single(modelled.NotModelled);
        Assert.Equal("interrupt.timer", timer.Record.Name);
        Assert.StartsWith("no group of 200 windows comes within 2 %", timer.NotModelled);

        Assert.Equal(modelled.Rows("halcheck"), second.Modelled!.Rows("halcheck"));
    }

    [Fact]
    public async Task AModelBoot_GivesTheSameInstructionFiguresAsAPlainOne()
    {
        var modelled = await BootUnderModel();
        var plain = await IcountBoot.RunAsync("halcheck", "iterations=200");

        Assert.Equal(plain.Benches.Select(b => (b.Name, b.Median)), modelled.Benches.Select(b => (b.Name, b.Median)));
    }
}
