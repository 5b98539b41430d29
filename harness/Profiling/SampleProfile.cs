namespace Testbed.Harness.Profiling;

/// <summary>One symbol's part of a profiled sample.</summary>
public sealed record ProfileRow(string Image, string Symbol, long Instructions, double Share);

/// <summary>A stretch of consecutive instructions in one symbol, in execution order.</summary>
public sealed record ProfileStep(string Image, string Symbol, long Instructions);

/// <summary>
/// Where the instructions of one window went: per symbol (most first) and as the path, the
/// sequence of symbol runs in execution order.
/// </summary>
public sealed class SampleProfile
{
    public required TscWindow Window { get; init; }
    public required IReadOnlyList<ProfileRow> Rows { get; init; }
    public required IReadOnlyList<ProfileStep> Sequence { get; init; }

    public long Total => Window.Length;

    public static SampleProfile Of(TscWindow window, IEnumerable<SymbolRun> runs, Func<int, CodeSymbol> symbolOf)
    {
        var sequence = runs.Select(r => (Symbol: symbolOf(r.Symbol), r.Instructions)).ToList();
        long total = window.Length;
        var rows = sequence
            .GroupBy(s => s.Symbol)
            .Select(g => (Symbol: g.Key, Instructions: g.Sum(s => s.Instructions)))
            .OrderByDescending(r => r.Instructions)
            .ThenBy(r => r.Symbol.Image, StringComparer.Ordinal)
            .ThenBy(r => r.Symbol.Name, StringComparer.Ordinal)
            .Select(r => new ProfileRow(r.Symbol.Image, r.Symbol.Name, r.Instructions, total == 0 ? 0 : (double)r.Instructions / total))
            .ToList();
        return new SampleProfile
        {
            Window = window,
            Rows = rows,
            Sequence = sequence.Select(s => new ProfileStep(s.Symbol.Image, s.Symbol.Name, s.Instructions)).ToList(),
        };
    }
}
