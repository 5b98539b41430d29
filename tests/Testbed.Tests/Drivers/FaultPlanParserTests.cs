using System.Text;
using Testbed.Drivers.Faults;

namespace Testbed.Tests.Drivers;

/// <summary>The `fault=` command-line word every personality parses (common/drivers/Faults).</summary>
public sealed unsafe class FaultPlanParserTests
{
    private static (bool Ok, FaultPlan Plan) Parse(string commandLine, string driver)
    {
        byte[] bytes = Encoding.ASCII.GetBytes(commandLine + "\0");
        fixed (byte* p = bytes)
        {
            bool ok = FaultPlanParser.TryParse(p, driver, out FaultPlan plan);
            return (ok, plan);
        }
    }

    [Theory]
    [InlineData("null-deref", DriverFaultKind.NullDeref)]
    [InlineData("wild-write", DriverFaultKind.WildWrite)]
    [InlineData("infinite-loop", DriverFaultKind.InfiniteLoop)]
    [InlineData("illegal-instruction", DriverFaultKind.IllegalInstruction)]
    [InlineData("bad-return", DriverFaultKind.BadReturn)]
    public void EveryKind_IsParsed_WithItsRequestNumber(string word, DriverFaultKind kind)
    {
        var (ok, plan) = Parse($"/boot/kernel.elf isolation=on fault=ata:{word}@17 blocks=4", "ata");

        Assert.True(ok);
        Assert.Equal(kind, plan.Kind);
        Assert.Equal(17u, plan.AtRequest);
        Assert.True(plan.IsArmed);
        Assert.Equal(word, FaultPlan.KindName(kind));
    }

    [Theory]
    [InlineData("fault=rtl8139:null-deref@3")]   // another driver's fault
    [InlineData("fault=ata:null-deref@0")]       // requests count from 1
    [InlineData("fault=ata:null-deref@")]
    [InlineData("fault=ata:null-deref")]
    [InlineData("fault=ata:melt@3")]
    [InlineData("fault=ata:null-deref@3x")]
    [InlineData("fault=atapi:null-deref@3")]
    [InlineData("nofault=ata:null-deref@3")]
    [InlineData("")]
    public void AnythingElse_IsNoPlanForTheDriver(string word)
    {
        var (ok, plan) = Parse($"kernel.elf {word}", "ata");

        Assert.False(ok);
        Assert.False(plan.IsArmed);
    }

    [Fact]
    public void TwoFaultWords_EachDriverFindsItsOwn()
    {
        const string line = "k fault=ata:wild-write@2 fault=rtl8139:bad-return@9";

        Assert.Equal(DriverFaultKind.WildWrite, Parse(line, "ata").Plan.Kind);
        Assert.Equal(9u, Parse(line, "rtl8139").Plan.AtRequest);
    }
}
