namespace Testbed.Harness.Analysis.Comparisons;

public enum ComparisonStatus
{
    Pass,
    Fail,
    /// <summary>A measurement it needs is missing (kernel not built, failed, or no such benchmark).</summary>
    NotMeasured,
    /// <summary>Its measurements are in different units (instructions against cycles): no ratio.</summary>
    UnitsDiffer,
    /// <summary>The denominator came out zero.</summary>
    NoRatio,
    /// <summary>Its two sides measure different things, or one is undeclared (DefinitionRule): refused.</summary>
    DefinitionsDiffer,
}

/// <summary>One comparison evaluated against one run's measurements.</summary>
public sealed record ComparisonResult(
    Comparison Comparison,
    ComparisonStatus Status,
    double? Numerator,
    double? Denominator,
    double? Ratio,
    string? Unit,
    IReadOnlyList<MeasurementRef> Missing)
{
    /// <summary>Why a comparison was refused (DefinitionsDiffer), e.g. "definitions differ (a vs b)".</summary>
    public string Refusal { get; init; } = "";

    /// <summary>The definition ids of the numerator's and the denominator's measurements ('+' between the terms of a sum; empty for a constant).</summary>
    public string NumeratorDefinition { get; init; } = "";
    public string DenominatorDefinition { get; init; } = "";

    public static string Label(ComparisonStatus status) => status switch
    {
        ComparisonStatus.Pass => "pass",
        ComparisonStatus.Fail => "fail",
        ComparisonStatus.NotMeasured => "not measured",
        ComparisonStatus.UnitsDiffer => "units differ",
        ComparisonStatus.DefinitionsDiffer => "refused",
        _ => "no ratio",
    };

    public string StatusLabel => Label(Status);

    /// <summary>Why there is no verdict, for a reader of the table or the CSV.</summary>
    public string Note => Status switch
    {
        ComparisonStatus.NotMeasured => "missing " + string.Join(", ", Missing),
        ComparisonStatus.NoRatio => "denominator is zero",
        ComparisonStatus.UnitsDiffer => "units " + Unit,
        ComparisonStatus.DefinitionsDiffer => Refusal,
        _ => "",
    };
}
