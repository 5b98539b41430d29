using Testbed.Harness.CycleModel;

namespace Testbed.Tests.CycleModel;

/// <summary>
/// The cycle model's plugin on guests whose counts are known by construction
/// (cycle-model/probes/expected.txt): a loop of 100 syscall/sysretq round trips, 50 CR3
/// writes followed by loads from 64 pages never touched, and a stride of 9 lines through one
/// L1D set. Every counter of the warm pass is asserted, zeros included: an instruction
/// class, a miss or a walk too many fails.
/// </summary>
[Collection(Kernels.QemuBootCollection.Name)]
public sealed class PluginProbeTests
{
    static CpuModel Skylake => CpuModels.Find(ProbeBoot.Root, "skylake");

    [Fact]
    public async Task SyscallLoop_CountsEachRingCrossing_AndNothingElse()
    {
        var (_, output) = await ProbeBoot.RunAsync("syscall-loop", Skylake);

        Assert.Equal(new Dictionary<string, ulong>
        {
            ["insn.alu"] = 100, ["insn.branch"] = 100, ["insn.syscall"] = 100, ["insn.sysret"] = 100,
        }, ProbeBoot.WarmWindow(output!));
    }

    [Fact]
    public async Task Cr3Walk_EveryCr3WriteFlushesTheTlbs_AndEveryNewPageIsAWalkAndAMemoryMiss()
    {
        var (_, output) = await ProbeBoot.RunAsync("cr3-walk", Skylake);

        Assert.Equal(new Dictionary<string, ulong>
        {
            ["insn.alu"] = 242, ["insn.branch"] = 114, ["insn.cr3-write"] = 50, ["tlb.flush"] = 50,
            // The block after each CR3 write misses the flushed ITLB (and STLB) once.
            ["itlb.walk"] = 50,
            ["mem.load"] = 64, ["data.memory"] = 64, ["dtlb.walk"] = 64,
        }, ProbeBoot.WarmWindow(output!));
    }

    [Fact]
    public async Task Stride_NineLinesThroughOneEightWaySet_AllMissL1D_AndHitL2()
    {
        var (_, output) = await ProbeBoot.RunAsync("stride", Skylake);

        Assert.Equal(new Dictionary<string, ulong>
        {
            ["insn.alu"] = 300, ["insn.branch"] = 100, ["mem.load"] = 90, ["data.l2-hit"] = 90,
        }, ProbeBoot.WarmWindow(output!));
    }

    [Fact]
    public async Task Stride_WithASixteenWayL1D_TheNineLinesFit_AndEveryLoadHits()
    {
        var sixteenWay = Skylake with { Geometry = [.. Skylake.Geometry.Where(g => !g.Name.StartsWith("l1d=")), new ModelParameter("l1d=65536:16:64", 0, "test", 0)] };

        var (_, output) = await ProbeBoot.RunAsync("stride", sixteenWay);

        Assert.Equal(new Dictionary<string, ulong>
        {
            ["insn.alu"] = 300, ["insn.branch"] = 100, ["mem.load"] = 90,
        }, ProbeBoot.WarmWindow(output!));
    }

    [Fact]
    public async Task ABadGeometry_IsRefusedByThePlugin_AndQemuDoesNotStart()
    {
        var bad = Skylake with { Geometry = [new ModelParameter("l1d=32768:7:64", 0, "test", 0)] };

        var (run, output) = await ProbeBoot.RunAsync("stride", bad);

        Assert.NotEqual(0, run.ExitStatus);
        Assert.Contains(run.StderrLines, line => line.StartsWith("testbed-cycles: bad plugin argument 'l1d=32768:7:64'", StringComparison.Ordinal));
        Assert.Null(output);
    }

    [Fact]
    public async Task TheSkylakeModel_PricesExactlyTheCountersThePluginWrites()
    {
        var (_, output) = await ProbeBoot.RunAsync("syscall-loop", Skylake);

        Assert.Equal(output!.Counters.Order(StringComparer.Ordinal), Skylake.Costs.Keys.Order(StringComparer.Ordinal));
    }
}
