namespace Testbed.Harness.Outcomes;

/// <summary>An <see cref="Outcome"/> with the one-line reason a person reads in the verdict.</summary>
public sealed record Verdict(Outcome Outcome, string Reason)
{
    public int ExitCode => ExitCodes.For(Outcome);
}
