namespace Testbed.Harness.Analysis.Baselines;

/// <summary>A reference row whose figure the run did not reproduce: moved beyond its tolerance, or measured in another unit or mode.</summary>
public sealed record MovedFigure(ReferenceRow Reference, BenchRow Measured)
{
    public double Delta => Measured.Median - Reference.Figure.Median;

    /// <summary>The delta as a percentage of the reference; null for a reference of 0.</summary>
    public double? DeltaPercent => Reference.Figure.Median == 0 ? null : 100 * Delta / Reference.Figure.Median;

    public bool UnitOrModeDiffers => Measured.Unit != Reference.Figure.Unit || Measured.Mode != Reference.Figure.Mode;

    /// <summary>The figure now measures something else (its definition id changed): a move whatever the number.</summary>
    public bool DefinitionDiffers => Reference.Figure.Definition.Length > 0 && Measured.Definition != Reference.Figure.Definition;
}

/// <summary>
/// What a baseline check found: figures that moved (fail), reference rows the run did not
/// report (fail), rows the reference does not have yet (reported, not a failure), and how
/// many held.
/// </summary>
public sealed record BaselineResult(
    IReadOnlyList<MovedFigure> Moved, IReadOnlyList<ReferenceRow> Missing, IReadOnlyList<BenchRow> New, int Held)
{
    public bool Failed => Moved.Count > 0 || Missing.Count > 0;
}
