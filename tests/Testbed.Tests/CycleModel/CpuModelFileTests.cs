using Testbed.Harness.CycleModel;

namespace Testbed.Tests.CycleModel;

public class CpuModelFileTests
{
    const string Minimal = """
        # a test model
        name tiny
        version 3
        cpu A CPU (test)
        geometry l1d 32768 8 64     # the manual, table 1
        cost insn.alu 0.5           # a table
        cost insn.syscall 70        # a paper, section 4
        """;

    [Fact]
    public void Parse_ReadsNameVersionGeometryAndCostsWithTheirSources()
    {
        var model = CpuModelFile.Parse(Minimal, "tiny.model");

        Assert.Equal("tiny@3", model.Label);
        Assert.Equal("tcg-icount+tiny@3", model.Mode);
        Assert.Equal("A CPU (test)", model.Cpu);
        Assert.Equal(0.5, model.CostOf("insn.alu"));
        Assert.Equal(70, model.CostOf("insn.syscall"));
        Assert.Equal("a paper, section 4", model.Costs["insn.syscall"].Source);
        Assert.Equal(["l1d=32768:8:64"], model.Geometry.Select(g => g.Name));
    }

    [Theory]
    [InlineData("name x\nversion 1\ncost insn.alu 1", "tiny.model:3: the cost of insn.alu has no source")]
    [InlineData("name x\nversion 1\ncost insn.alu -1 # s", "tiny.model:3: the cost of insn.alu must be a number of cycles >= 0, not '-1'")]
    [InlineData("name x\nversion 1\ncost insn.alu 1 # s\ncost insn.alu 2 # s", "tiny.model:4: insn.alu has a cost already, on line 3")]
    [InlineData("name x\nversion 0\ncost insn.alu 1 # s", "tiny.model:2: 'version' takes one positive whole number")]
    [InlineData("name x\nversion 1\ngeometry l1d 32k 8 64 # s\ncost insn.alu 1 # s", "tiny.model:3: the geometry of l1d must be whole numbers, not '32k 8 64'")]
    [InlineData("name x\nversion 1\nlatency l1 4 # s", "tiny.model:3: unknown statement 'latency' (name, version, cpu, geometry, cost)")]
    [InlineData("version 1\ncost insn.alu 1 # s", "tiny.model: no 'name' line")]
    [InlineData("name x\nversion 1", "tiny.model: no 'cost' line")]
    public void Parse_RefusesAFileItCannotTrust_WithTheLine(string text, string error)
    {
        var e = Assert.Throws<BadModelException>(() => CpuModelFile.Parse(text, "tiny.model"));

        Assert.StartsWith(error, e.Message);
    }

    [Fact]
    public void CostOf_ACounterTheModelDoesNotPrice_IsAnError()
    {
        var model = CpuModelFile.Parse(Minimal, "tiny.model");

        var e = Assert.Throws<BadModelException>(() => model.CostOf("insn.wrmsr"));
        Assert.Equal("model tiny@3 has no cost for the plugin's counter 'insn.wrmsr'", e.Message);
    }

    [Fact]
    public void WithCosts_ReplacesOnlyTheNamedCosts_AndRefusesUnknownOnes()
    {
        var model = CpuModelFile.Parse(Minimal, "tiny.model");

        var swept = model.WithCosts(new Dictionary<string, double> { ["insn.syscall"] = 400 });

        Assert.Equal(400, swept.CostOf("insn.syscall"));
        Assert.Equal(0.5, swept.CostOf("insn.alu"));
        Assert.Equal(70, model.CostOf("insn.syscall"));
        Assert.Throws<BadModelException>(() => model.WithCosts(new Dictionary<string, double> { ["cr3"] = 1 }));
    }

    [Fact]
    public void TheCommittedModels_AllParse_UnderTheirOwnNames()
    {
        var root = RepositoryRoot.Locate()!;
        var names = CpuModels.Names(root);

        Assert.Contains("skylake", names);
        Assert.All(names, name => Assert.Equal(name, CpuModels.Find(root, name).Name));
    }

    [Fact]
    public void Find_AnUnknownModel_NamesTheKnownOnes()
    {
        var e = Assert.Throws<BadModelException>(() => CpuModels.Find(RepositoryRoot.Locate()!, "pentium"));

        Assert.StartsWith("no cycle model 'pentium': the models are ", e.Message);
        Assert.Contains("skylake", e.Message);
    }
}
