using System.Text;
using Testbed.Harness.Profiling;

namespace Testbed.Tests.Profiling;

public sealed class ExecLogTests
{
    [Fact]
    public void AnInstructionLine_GivesTheSecondBracketedField_AsThePc()
    {
        Assert.True(ExecLog.TryParsePc("Trace 0: 0x7fc4b0000100 [00000000ffff0000/00000000fffffff0/00000040/ff020201] ", out ulong pc));
        Assert.Equal(0xfffffff0UL, pc);
        Assert.True(ExecLog.TryParsePc("Trace 0: 0x7fc4b0000100 [0000000000000000/0000010004000a3c/00c0b0b3/ff020201] ", out pc));
        Assert.Equal(0x0000010004000a3cUL, pc);
    }

    [Theory]
    [InlineData("")]
    [InlineData("Linking TBs 0x7f00 index 0 -> 0x7f40")]
    [InlineData("Trace 0: 0x7fc4b0000100")]
    [InlineData("Trace 0: 0x7fc4b0000100 [00000000ffff0000]")]
    [InlineData("Trace 0: 0x7fc4b0000100 [00000000ffff0000/00000000ffzzfff0/00000040/ff020201] ")]
    [InlineData("Trace 0: 0x7fc4b0000100 [00000000ffff0000/00000000ffff")]
    [InlineData("Trace 0: 0x7fc4b0000100 [00000000ffff0000//00000040/ff020201] ")]
    public void AnythingElse_IsNotAnInstructionLine(string line)
    {
        Assert.False(ExecLog.TryParsePc(line, out _));
    }

    [Fact]
    public void Read_StreamsEveryPcInOrder_AndCountsTheOtherLines()
    {
        var log = new StringBuilder();
        for (ulong pc = 0x100000; pc < 0x100000 + 50_000; pc++)
            log.Append($"Trace 0: 0x7fc4b0000100 [0000000000000000/{pc:x16}/00c0b0b3/ff020201] \n");
        log.Append("QEMU says something\n");
        log.Append("Trace 0: 0x7fc4b0000100 [0000000000000000/0000000000000042/00c0b0b3/ff020201] "); // no line end at EOF

        var pcs = new List<ulong>();
        long other = ExecLog.Read(new MemoryStream(Encoding.ASCII.GetBytes(log.ToString())), pcs.Add);

        Assert.Equal(50_001, pcs.Count);
        Assert.Equal(0x100000UL, pcs[0]);
        Assert.Equal(0x100000UL + 49_999, pcs[49_999]);
        Assert.Equal(0x42UL, pcs[^1]);
        Assert.Equal(1, other);
    }
}
