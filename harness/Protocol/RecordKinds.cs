namespace Testbed.Harness.Protocol;

/// <summary>The "kind" values of PROTOCOL.md that the harness gives meaning to.</summary>
public static class RecordKinds
{
    public const string Prefix = "@tb ";

    public const string Hello = "hello";
    public const string Check = "check";
    public const string Bench = "bench";
    public const string Sample = "sample";
    public const string Fault = "fault";
    public const string Recovery = "recovery";
    public const string Progress = "progress";
    public const string Panic = "panic";
    public const string Done = "done";
}
