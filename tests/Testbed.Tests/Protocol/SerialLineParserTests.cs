namespace Testbed.Tests.Protocol;

public class SerialLineParserTests
{
    [Fact]
    public void CheckRecord_IsParsed_WithNameOkAndDetail()
    {
        var line = SerialLineParser.Parse("""@tb {"kind":"check","name":"paging.user-fault","ok":true,"detail":"cr2=0x4000dead"}""");

        var record = Assert.IsType<TbRecord>(line);
        Assert.Equal("check", record.Kind);
        Assert.Equal("paging.user-fault", record.Name);
        Assert.Equal(new CheckRecord("paging.user-fault", true, "cr2=0x4000dead"), record.AsCheck());
    }

    [Fact]
    public void BenchRecord_IsParsed_AsUnsignedIntegers()
    {
        var line = SerialLineParser.Parse("""@tb {"kind":"bench","name":"syscall.null","n":1000,"min":38,"median":40,"max":18446744073709551615}""");

        var bench = Assert.IsType<TbRecord>(line).AsBench();
        Assert.Equal(new BenchRecord("syscall.null", 1000, 38, 40, ulong.MaxValue, null), bench);
    }

    [Fact]
    public void PanicRecord_IsParsed_WithReason()
    {
        var record = Assert.IsType<TbRecord>(SerialLineParser.Parse("""@tb {"kind":"panic","reason":"double fault","rip":"0xffff8000"}"""));

        Assert.Equal("double fault", record.AsPanic()!.Reason);
        Assert.Null(record.AsCheck());
    }

    [Fact]
    public void ExtraFieldsAndUnknownKinds_AreKept()
    {
        var check = Assert.IsType<TbRecord>(SerialLineParser.Parse("""@tb {"kind":"check","name":"x","ok":false,"cpu":3,"nested":{"a":[1,2]}}"""));
        var unknown = Assert.IsType<TbRecord>(SerialLineParser.Parse("""@tb {"kind":"recovery","name":"disk","instr":123456}"""));

        Assert.False(check.AsCheck()!.Ok);
        Assert.Equal(3UL, check.GetUInt64("cpu"));
        Assert.Equal("recovery", unknown.Kind);
        Assert.Equal(123456UL, unknown.GetUInt64("instr"));
    }

    [Fact]
    public void TrailingCarriageReturn_IsStripped()
    {
        var record = Assert.IsType<TbRecord>(SerialLineParser.Parse("@tb {\"kind\":\"done\",\"ok\":true}\r"));
        var log = Assert.IsType<LogLine>(SerialLineParser.Parse("booting HAL\r"));

        Assert.True(record.AsDone()!.Ok);
        Assert.Equal("booting HAL", log.Text);
    }

    [Theory]
    [InlineData("booting...")]
    [InlineData("")]
    [InlineData("@tb")]                        // no space after the prefix
    [InlineData("@tbx {\"kind\":\"done\"}")]
    [InlineData(" @tb {\"kind\":\"done\",\"ok\":true}")] // the prefix must start the line
    public void LinesWithoutThePrefix_AreBootLog(string text)
    {
        var line = SerialLineParser.Parse(text);

        Assert.Equal(text, Assert.IsType<LogLine>(line).Text);
    }

    [Theory]
    [InlineData("@tb {bad json")]
    [InlineData("@tb ")]
    [InlineData("@tb [1,2,3]")]
    [InlineData("@tb {\"name\":\"no-kind\"}")]
    [InlineData("@tb {\"kind\":\"check\",\"name\":\"x\"}")]              // check without ok
    [InlineData("@tb {\"kind\":\"check\",\"name\":\"x\",\"ok\":\"yes\"}")] // ok not a boolean
    [InlineData("@tb {\"kind\":\"done\"}")]
    [InlineData("@tb {\"kind\":\"bench\",\"name\":\"x\",\"n\":1,\"min\":-1,\"median\":1,\"max\":1}")]
    public void MalformedRecords_AreKeptAsProtocolErrors(string text)
    {
        var error = Assert.IsType<ProtocolErrorLine>(SerialLineParser.Parse(text));

        Assert.Equal(text, error.Text);
        Assert.False(string.IsNullOrWhiteSpace(error.Error));
    }
}
