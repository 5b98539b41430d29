using System.Text;
using Testbed.Guest.CommandLine;

namespace Testbed.Tests.Guest;

/// <summary>The command-line words every kernel and process reads (common/guest/CommandLine).</summary>
public sealed unsafe class CommandLineWordsTests
{
    private static T With<T>(string line, Func<CommandLineWords, T> read)
    {
        byte[] bytes = Encoding.ASCII.GetBytes(line + "\0");
        fixed (byte* p = bytes) return read(new CommandLineWords(p));
    }

    private const string Line = "/boot/kernel.elf iterations=1000 drivers workload=disk fault=ata:null-deref@3";

    [Theory]
    [InlineData("drivers", true)]
    [InlineData("iterations", true)]
    [InlineData("driver", false)]       // a prefix of a word is not the word
    [InlineData("work", false)]
    [InlineData("noworkloads", false)]
    public void Has_MatchesWholeKeysOnly(string key, bool expected) =>
        Assert.Equal(expected, With(Line, w => w.Has(key)));

    [Theory]
    [InlineData("iterations", 7UL, 1000UL)]
    [InlineData("blocks", 16UL, 16UL)]       // absent: the fallback
    [InlineData("drivers", 5UL, 5UL)]        // no value: the fallback
    [InlineData("workload", 9UL, 9UL)]       // not a number: the fallback
    public void Number_ReadsKeyEqualsDigits_OrFallsBack(string key, ulong fallback, ulong expected) =>
        Assert.Equal(expected, With(Line, w => w.Number(key, fallback)));

    [Theory]
    [InlineData("workload", "disk", true)]
    [InlineData("workload", "dis", false)]   // the whole value
    [InlineData("workload", "net", false)]
    [InlineData("drivers", "", false)]       // a bare word has no value
    public void ValueIs_ComparesTheWholeValue(string key, string value, bool expected) =>
        Assert.Equal(expected, With(Line, w => w.ValueIs(key, value)));

    [Fact]
    public void NoLine_HasNoWords()
    {
        var words = new CommandLineWords(null);
        Assert.False(words.Has("drivers"));
        Assert.Equal(3UL, words.Number("iterations", 3));
    }

    [Theory]
    [InlineData("iterations=10 selftest-break=runtime.casts", "runtime.casts", true)]
    [InlineData("selftest-break=a.b,runtime.casts drivers", "runtime.casts", true)]      // any of a list
    [InlineData("selftest-break=runtime.casts,a.b", "a.b", true)]
    [InlineData("selftest-break=runtime.casts", "runtime.cast", false)]                 // a prefix of a name is not the name
    [InlineData("selftest-break=runtime.cast", "runtime.casts", false)]
    [InlineData("selftest-break runtime.casts", "runtime.casts", false)]               // a bare word names nothing
    [InlineData("iterations=10", "runtime.casts", false)]
    public void Breaks_NamesWholeCheckNamesOfTheList(string line, string check, bool expected) =>
        Assert.Equal(expected, With(line, w => w.Breaks(check)));
}
