namespace Testbed.Harness.Reports.Charts;

/// <summary>
/// The line under every chart: how the figures were measured (mode), in what unit, from
/// which commit, and a note (e.g. what a missing bar means); below it, one line each for
/// what a reader must know about the data that is not drawn (<see cref="More"/>).
/// </summary>
public sealed record ChartCaption(string Mode, string Unit, string Commit, string? Note = null)
{
    /// <summary>Further caption lines, each under the first, e.g. the cells left out for another definition.</summary>
    public IReadOnlyList<string> More { get; init; } = [];

    public string Text => string.Join("   ·   ", new[]
    {
        $"mode: {Mode}", $"unit: {Unit}", $"commit: {Commit}", Note,
    }.Where(part => !string.IsNullOrEmpty(part)));
}
