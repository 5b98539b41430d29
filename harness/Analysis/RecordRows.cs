using System.Text.Json;
using Testbed.Harness.Protocol;
using Testbed.Harness.Qemu;

namespace Testbed.Harness.Analysis;

/// <summary>
/// Rows for figures a kernel reports outside bench records, so a comparison can name them
/// like any benchmark:
/// <list type="bullet">
/// <item><c>footprint</c> records: each numeric field becomes <c>footprint.&lt;name&gt;.&lt;field&gt;</c>
/// (<c>footprint.&lt;field&gt;</c> without a name), unit bytes, n = 1.</item>
/// <item><c>recovery</c> records with an <c>instr</c> field: <c>recovery.&lt;name&gt;</c>, summarised over
/// every restart of that component in the boot, in the mode's unit; left out when the kernel
/// already reported a bench of that name (its own measurement wins). Such a row declares no
/// definition (a restart record is the recovery agent's own view, docs/recovery.md), so no
/// comparison uses it.</item>
/// </list>
/// </summary>
public static class RecordRows
{
    public const string BytesUnit = "bytes";

    /// <summary>The record kind kernels report loaded sizes in (PROTOCOL.md allows new kinds).</summary>
    public const string FootprintKind = "footprint";

    public static IReadOnlyList<BenchRow> From(string kernel, MeasurementMode mode, IEnumerable<TbRecord> records, IEnumerable<BenchRow> benchRows)
    {
        var list = records.ToList();
        var taken = benchRows.Select(r => r.Benchmark).ToHashSet(StringComparer.Ordinal);
        var rows = new List<BenchRow>();

        foreach (var record in list.Where(r => r.Is(FootprintKind)))
        {
            var prefix = record.Name is { Length: > 0 } name ? $"footprint.{name}." : "footprint.";
            foreach (var field in record.Fields.EnumerateObject())
            {
                if (field.Value.ValueKind != JsonValueKind.Number || !field.Value.TryGetUInt64(out var bytes))
                    continue;
                var benchmark = prefix + field.Name;
                if (taken.Add(benchmark))
                    rows.Add(new BenchRow(kernel, benchmark, BytesUnit, mode.Label(), 1, bytes, bytes, bytes, BenchDefinitions.FootprintBytes));
            }
        }

        var recoveries = list.Where(r => r.Is(ProtocolNames.Recovery) && r.Name is not null && r.GetUInt64("instr") is not null)
            .GroupBy(r => "recovery." + r.Name, StringComparer.Ordinal)
            .Where(g => !taken.Contains(g.Key));
        foreach (var group in recoveries)
        {
            var summary = Summary.Of(group.Select(r => r.GetUInt64("instr")!.Value));
            rows.Add(new BenchRow(kernel, group.Key, mode.Unit(), mode.Label(), summary.N, summary.Min, summary.Median, summary.Max));
        }
        return rows;
    }
}
