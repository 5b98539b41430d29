namespace Testbed.Harness.Analysis.Comparisons;

/// <summary>The rows of one compare run, looked up by kernel and benchmark.</summary>
public sealed class Measurements
{
    readonly Dictionary<(string Kernel, string Benchmark), BenchRow> _rows = new();

    public Measurements(IEnumerable<BenchRow> rows)
    {
        // A benchmark reported twice in one boot keeps its first row, as the table shows it.
        foreach (var row in rows)
            _rows.TryAdd((row.Kernel, row.Benchmark), row);
    }

    public BenchRow? Find(MeasurementRef reference) =>
        _rows.GetValueOrDefault((reference.Kernel, reference.Benchmark));

    public double? Value(MeasurementRef reference) => Find(reference) is { } row ? reference.Of(row) : null;
}
