using System.Text;
using Testbed.Drivers.Faults;

namespace Testbed.Tests.Drivers;

/// <summary>The one fault grammar (common/drivers/Faults), as every kernel and the harness run it.</summary>
public sealed unsafe class FaultPlanParserTests
{
    static (bool Ok, FaultPlan Plan) Find(string commandLine, string target)
    {
        var bytes = Encoding.ASCII.GetBytes(commandLine + "\0");
        fixed (byte* p = bytes)
        {
            bool ok = FaultPlanParser.TryParse(p, target, out FaultPlan plan);
            return (ok, plan);
        }
    }

    static FaultWordProblem Parse(string value, out FaultPlan plan)
    {
        var bytes = Encoding.ASCII.GetBytes(value + "\0");
        fixed (byte* p = bytes)
            return FaultPlanParser.Parse(p, p + value.Length, out plan);
    }

    public static TheoryData<string, InjectedFault> Supported()
    {
        var data = new TheoryData<string, InjectedFault>();
        for (var t = FaultTarget.Ata; t <= FaultCatalog.LastTarget; t++)
            for (var k = InjectedFault.NullDeref; k <= FaultCatalog.LastKind; k++)
                if (FaultCatalog.Supports(t, k))
                    data.Add(FaultCatalog.TargetName(t), k);
        return data;
    }

    [Theory]
    [MemberData(nameof(Supported))]
    public void EverySupportedKind_IsParsed_ForItsTarget_WithItsRequestNumber(string target, InjectedFault kind)
    {
        var (ok, plan) = Find($"/k.elf iterations=5 fault={target}:{FaultCatalog.KindName(kind)}@17 samples", target);

        Assert.True(ok);
        Assert.Equal(target, FaultCatalog.TargetName(plan.Target));
        Assert.Equal(kind, plan.Kind);
        Assert.Equal(17u, plan.AtRequest);
        Assert.True(plan.IsArmed);
    }

    [Fact]
    public void EveryKindAndTarget_HasOneDistinctSpelling()
    {
        var kinds = Enumerable.Range(1, (int)FaultCatalog.LastKind).Select(k => FaultCatalog.KindName((InjectedFault)k)).ToList();
        var targets = Enumerable.Range(1, (int)FaultCatalog.LastTarget).Select(t => FaultCatalog.TargetName((FaultTarget)t)).ToList();

        Assert.Equal(kinds.Count, kinds.Distinct().Count());
        Assert.DoesNotContain("none", kinds);
        Assert.Equal(["ata", "rtl8139", "echo", "ds", "fs"], targets);
    }

    [Fact]
    public void DriversTakeTheFiveMachineKinds_TheEchoServiceItsSipKinds()
    {
        string Kinds(FaultTarget t) => string.Join(" ", Enumerable.Range(1, (int)FaultCatalog.LastKind)
            .Select(k => (InjectedFault)k).Where(k => FaultCatalog.Supports(t, k)).Select(FaultCatalog.KindName));

        Assert.Equal("null-deref wild-write infinite-loop illegal-instruction bad-return", Kinds(FaultTarget.Ata));
        Assert.Equal(Kinds(FaultTarget.Ata), Kinds(FaultTarget.Rtl8139));
        Assert.Equal("null-deref infinite-loop divide-by-zero index-out-of-range invalid-cast stack-overflow " +
            "contract-violation not-owner throw out-of-memory", Kinds(FaultTarget.Echo));
        Assert.Equal("null-deref infinite-loop illegal-instruction", Kinds(FaultTarget.Ds));
        Assert.Equal(Kinds(FaultTarget.Ds), Kinds(FaultTarget.Fs));
    }

    [Theory]
    [InlineData("", FaultWordProblem.Malformed)]
    [InlineData("ata", FaultWordProblem.Malformed)]
    [InlineData("ata:null-deref", FaultWordProblem.Malformed)]
    [InlineData("ata@5", FaultWordProblem.Malformed)]
    [InlineData(":null-deref@5", FaultWordProblem.Malformed)]
    [InlineData("ata:@5", FaultWordProblem.Malformed)]
    [InlineData("disk:wild-write@5", FaultWordProblem.UnknownTarget)]
    [InlineData("ATA:wild-write@5", FaultWordProblem.UnknownTarget)]
    [InlineData("ata:wildwrite@5", FaultWordProblem.UnknownKind)]
    [InlineData("ata:null@5", FaultWordProblem.UnknownKind)]
    [InlineData("ata:divide-by-zero@5", FaultWordProblem.KindNotSupported)]
    [InlineData("echo:wild-write@5", FaultWordProblem.KindNotSupported)]
    [InlineData("ata:null-deref@", FaultWordProblem.BadRequestNumber)]
    [InlineData("ata:null-deref@0", FaultWordProblem.BadRequestNumber)]
    [InlineData("ata:null-deref@5x", FaultWordProblem.BadRequestNumber)]
    [InlineData("ata:null-deref@-5", FaultWordProblem.BadRequestNumber)]
    [InlineData("ata:null-deref@99999999999", FaultWordProblem.BadRequestNumber)]
    [InlineData("echo:throw@65536", FaultWordProblem.BadRequestNumber)]
    [InlineData("!", FaultWordProblem.Malformed)]
    [InlineData("ata:null-deref!", FaultWordProblem.Malformed)]
    [InlineData("ata!:null-deref@3", FaultWordProblem.UnknownTarget)]
    [InlineData("ata:null-deref!@3", FaultWordProblem.UnknownKind)]
    [InlineData("ata:null-deref@!", FaultWordProblem.BadRequestNumber)]
    [InlineData("ata:null-deref@3!!", FaultWordProblem.BadRequestNumber)]
    [InlineData("ata:null-deref@!3", FaultWordProblem.BadRequestNumber)]
    [InlineData("ata:null-deref@3!x", FaultWordProblem.BadRequestNumber)]
    [InlineData("ata:null-deref@0!", FaultWordProblem.BadRequestNumber)]
    [InlineData("echo:throw@3!", FaultWordProblem.KindNotSupported)]
    public void MalformedWords_NameTheirProblem_AndArmNothing(string value, FaultWordProblem expected)
    {
        Assert.Equal(expected, Parse(value, out var plan));
        Assert.False(plan.IsArmed);
        Assert.False(Find("fault=" + value, "ata").Ok);
    }

    [Theory]
    [InlineData("fault=ata:null-deref@3!", "ata", InjectedFault.NullDeref, 3u, true)]
    [InlineData("fault=rtl8139:infinite-loop@12!", "rtl8139", InjectedFault.InfiniteLoop, 12u, true)]
    [InlineData("fault=ata:null-deref@3", "ata", InjectedFault.NullDeref, 3u, false)]
    public void ATrailingBang_MakesThePlanPersistent_AndNothingElse(string word, string target, InjectedFault kind, uint at, bool persistent)
    {
        var (ok, plan) = Find($"iterations=5 {word} samples", target);

        Assert.True(ok);
        Assert.Equal(kind, plan.Kind);
        Assert.Equal(at, plan.AtRequest);
        Assert.Equal(persistent, plan.Persistent);
        Assert.Equal(word, Testbed.Harness.Boot.CommandLinePrecheck.WordOf(plan));
    }

    [Fact]
    public void APlan_StaysSixteenBytes_ForTheDriversCopyOnEveryRequest()
        => Assert.Equal(16, sizeof(FaultPlan));

    [Fact]
    public void LargestRequests_AreAccepted()
    {
        Assert.Equal(FaultWordProblem.None, Parse("echo:throw@65535", out _));
        Assert.Equal(FaultWordProblem.None, Parse("ata:bad-return@1000000000", out var plan));
        Assert.Equal(1_000_000_000u, plan.AtRequest);
    }

    [Fact]
    public void APlanForAnotherTarget_IsNotThisTargetsPlan()
    {
        Assert.False(Find("fault=rtl8139:null-deref@5", "ata").Ok);
        Assert.Equal(InjectedFault.BadReturn, Find("fault=rtl8139:null-deref@5 fault=ata:bad-return@2", "ata").Plan.Kind);
    }

    [Fact]
    public void NoFaultWord_IsNoPlan()
    {
        Assert.False(Find("iterations=5 faults=ata:null-deref@5", "ata").Ok);
        Assert.False(Find("", "ata").Ok);
    }

    [Fact]
    public void TheRecord_IsAFaultPlanRecordTheHarnessReads_WithTheProtocolsNames()
    {
        var plan = new FaultPlan { Target = FaultTarget.Ata, Kind = InjectedFault.WildWrite, AtRequest = 4_000_000_000 };
        var buffer = new byte[FaultRecord.Capacity];
        int length;
        fixed (byte* p = buffer)
            length = FaultRecord.Format(p, plan, FaultPlanState.Committed);
        var text = Encoding.ASCII.GetString(buffer, 0, length);

        var record = Assert.IsType<TbRecord>(SerialLineParser.Parse(text));
        Assert.Equal(ProtocolNames.FaultPlan, record.Kind);
        Assert.Equal(new FaultPlanRecord("ata", "wild-write", 4_000_000_000, ProtocolNames.FaultPlanCommitted), record.AsFaultPlan());
        Assert.Equal(ProtocolNames.FaultPlanArmed, FaultRecord.StateName(FaultPlanState.Armed));
        Assert.True(length < FaultRecord.Capacity);
    }
}
