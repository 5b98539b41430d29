using Testbed.Harness.Profiling;

namespace Testbed.Tests.Reports;

public class ProfileCsvTests
{
    static SampleProfile Profile() => new()
    {
        Window = new TscWindow(Start: 100, Length: 8, FirstRun: 0, RunCount: 3),
        Rows =
        [
            new ProfileRow("kernel64.elf", "sing_channel_call", 6, 0.75),
            new ProfileRow("a.elf|b.elf", "f, the \"odd\" one", 2, 0.25),
        ],
        Sequence = [],
    };

    [Fact]
    public void Csv_HasOneRowPerSymbol_MostFirst_WithTheAgreedColumns()
    {
        var writer = new StringWriter();

        ProfileCsv.Write(writer, "singularity", "channel.roundtrip", Profile());

        Assert.Equal(
            "kernel,benchmark,image,symbol,instructions,share\n" +
            "singularity,channel.roundtrip,kernel64.elf,sing_channel_call,6,0.7500\n" +
            "singularity,channel.roundtrip,a.elf|b.elf,\"f, the \"\"odd\"\" one\",2,0.2500\n",
            writer.ToString());
    }

    [Fact]
    public void WriteToFile_ReplacesTheFile_AndLeavesNoTemporaryFile() =>
        ReportFiles.AssertReplacesTheFile("profile.csv", path => ProfileCsv.Write(path, "k", "b", Profile()), "kernel,benchmark,image,");
}
