namespace Testbed.Harness.Reports.Charts;

/// <summary>
/// The line under every chart: how the figures were measured (mode), in what unit, from
/// which commit, and a note (e.g. what a missing bar means).
/// </summary>
public sealed record ChartCaption(string Mode, string Unit, string Commit, string? Note = null)
{
    public string Text => string.Join("   ·   ", new[]
    {
        $"mode: {Mode}", $"unit: {Unit}", $"commit: {Commit}", Note,
    }.Where(part => !string.IsNullOrEmpty(part)));
}
