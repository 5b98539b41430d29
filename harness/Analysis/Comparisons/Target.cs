namespace Testbed.Harness.Analysis.Comparisons;

/// <summary>The bound a measured ratio must meet, written <c>&lt;= 0.2</c>, <c>&lt; 1.1</c>, <c>&gt;= 1</c> or <c>&gt; 1</c>.</summary>
public sealed record Target(string Operator, double Bound)
{
    static readonly string[] Operators = ["<=", ">=", "<", ">"];

    public static Target Parse(string text)
    {
        var trimmed = text.Trim();
        var op = Operators.FirstOrDefault(o => trimmed.StartsWith(o, StringComparison.Ordinal))
            ?? throw new FormatException($"target '{trimmed}' must start with <=, <, >= or >");
        var number = trimmed[op.Length..].Trim();
        if (!double.TryParse(number, NumberStyles.Float, CultureInfo.InvariantCulture, out var bound) || !double.IsFinite(bound))
            throw new FormatException($"target '{trimmed}': '{number}' is not a number");
        return new Target(op, bound);
    }

    public bool IsMetBy(double ratio) => Operator switch
    {
        "<=" => ratio <= Bound,
        "<" => ratio < Bound,
        ">=" => ratio >= Bound,
        _ => ratio > Bound,
    };

    public override string ToString() => $"{Operator} {Quantity.Format(Bound)}";
}
