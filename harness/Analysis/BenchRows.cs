using Testbed.Harness.Protocol;
using Testbed.Harness.Qemu;

namespace Testbed.Harness.Analysis;

/// <summary>
/// Turns a boot's bench and sample records into <see cref="BenchRow"/>s labelled with the
/// unit of the mode the guest ran in. A kernel normally summarises on its own (bench); when
/// it only streamed raw samples (command line "samples"), the harness summarises them.
/// </summary>
public static class BenchRows
{
    public static IReadOnlyList<BenchRow> From(string kernel, MeasurementMode mode, IEnumerable<TbRecord> records)
    {
        var list = records.ToList();
        var rows = list.Select(r => r.AsBench()).OfType<BenchRecord>()
            .Select(b => new BenchRow(kernel, b.Name, mode.Unit(), mode.Label(), b.N, b.Min, b.Median, b.Max, b.Definition ?? ""))
            .ToList();

        var summarised = rows.Select(r => r.Benchmark).ToHashSet(StringComparer.Ordinal);
        var fromSamples = list.Select(r => r.AsSample()).OfType<SampleRecord>()
            .Where(s => !summarised.Contains(s.Name))
            .GroupBy(s => s.Name, StringComparer.Ordinal)
            .Select(group => (Name: group.Key, Summary: Summary.Of(group.Select(s => s.Value))))
            .Select(s => new BenchRow(kernel, s.Name, mode.Unit(), mode.Label(), s.Summary.N, s.Summary.Min, s.Summary.Median, s.Summary.Max));
        rows.AddRange(fromSamples);
        return rows;
    }
}
