// The kernel's side of the result protocol: checks, benchmark summaries, events.
using System.Runtime;
using System.Runtime.CompilerServices;
using Testbed.Guest.Measure;

namespace Testbed.Hal;

public static class Report
{
    public static int ChecksPassed { get; private set; }
    public static int ChecksFailed { get; private set; }

    public static bool Check(string name, bool ok)
    {
        if (ok) ChecksPassed++; else ChecksFailed++;
        TbLine.Begin(Testbed.Protocol.ProtocolNames.Check).Field("name", name).Field("ok", ok).End();
        return ok;
    }

    public static bool Check(string name, bool ok, string detail)
    {
        if (ok) ChecksPassed++; else ChecksFailed++;
        TbLine.Begin(Testbed.Protocol.ProtocolNames.Check).Field("name", name).Field("ok", ok).Field("detail", detail).End();
        return ok;
    }

    /// <summary>A failed check about one command-line word [word, end): what is wrong with it, and the word.</summary>
    public static unsafe void FailedWord(string name, string detail, byte* word, byte* end)
    {
        ChecksFailed++;
        TbLine.Begin(Testbed.Protocol.ProtocolNames.Check).Field("name", name).Field("ok", false).Field("detail", detail)
            .FieldText("word", word, end).End();
    }

    /// <summary>A check whose detail is a number (an address, a count) rather than a phrase.</summary>
    public static bool CheckValue(string name, bool ok, string what, ulong value)
    {
        if (ok) ChecksPassed++; else ChecksFailed++;
        TbLine.Begin(Testbed.Protocol.ProtocolNames.Check).Field("name", name).Field("ok", ok).Field(what, value).End();
        return ok;
    }

    // Tsc.RecordFollows first: the cycle model's windows are grouped between records
    // (docs/cycle-model.md, "Windows and rows"); outside every window, so no figure moves.
    public static void Bench(string name, in Summary summary, string what)
    {
        Tsc.RecordFollows();
        TbLine.Begin(Testbed.Protocol.ProtocolNames.Bench).Field("name", name)
            .Field("n", (ulong)summary.Count).Field("min", summary.Min).Field("median", summary.Median)
            .Field("max", summary.Max).Field("def", DefinitionOf(name)).Field("what", what).End();
    }

    /// <summary>
    /// The definition id (Testbed.Protocol.BenchDefinitions) of one of this kernel's
    /// benchmarks: every kernel exports its table (Benchmarks/BenchDefinitionTable.cs), so a
    /// kernel without one does not link. A name missing from the table gives "undeclared",
    /// which the harness refuses to compare.
    /// </summary>
    [MethodImpl(MethodImplOptions.InternalCall), RuntimeImport("*", "tb_bench_definition")]
    public static extern string DefinitionOf(string benchmark);
}
