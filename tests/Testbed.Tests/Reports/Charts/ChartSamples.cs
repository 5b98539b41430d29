namespace Testbed.Tests.Reports.Charts;

/// <summary>One small chart of each kind, with the names the tests look for in its files.</summary>
static class ChartSamples
{
    public static readonly ChartCaption Caption = new("tcg-icount", "instructions", "abc1234", "no bar = not measured");

    public static GroupedBarChart Grouped() => new(
        "grouped", "What each way of isolating a driver costs", "instructions per operation", Caption,
        ["null kernel call", "IPC round trip", "disk driver recovery"],
        ["monolithic (nooks-style off)", "l4-style", "singularity"],
        new double?[,] { { 38, 24, 4 }, { null, 228, 232 }, { null, 2_249_718, null } })
    {
        Paper = new double?[,] { { null, null, 87 }, { null, null, 1450 }, { null, null, null } },
        Errors = new double?[,] { { 2, null, null }, { null, 10, null }, { null, null, null } },
        PaperLabel = "paper figure (cycles)",
    };

    public static RatioBarChart Ratios() => new("ratios", "Ratios measured here and in the papers", Caption,
    [
        new("sip-call-vs-l4-syscall", 0.167, 0.199, 0.2, "<=", "singularity", "pass"),
        new("l4-roundtrip-vs-floor", 2.75, null, 3, "<=", "l4-style", "pass"),
        new("nooks-net-echo-on-vs-off", 1.1, null, 1.15, "<=", "nooks-style", "pass"),
        new("minix-restart", null, 1, 2, "<=", "minix-style", "not measured"),
    ]);

    public static StackedBarChart Outcomes() => new(
        "outcomes", "Outcomes of injected driver faults", "injected faults", Caption with { Unit = "faults" },
        ["nooks-style", "l4-style", "singularity"], ["recovered", "crashed", "hung"],
        new double[,] { { 90, 8, 2 }, { 97, 0, 3 }, { 99, 1, 0 } });

    public static LineSweepChart Sweep() => new(
        "sweep", "IPC round trip against message size", "message size (bytes)", "instructions per round trip", Caption,
    [
        new("l4-style", [new(8, 228), new(64, 260), new(512, 700), new(4096, 4100, 50)]),
        new("singularity", [new(8, 232), new(64, 240), new(512, 300), new(4096, 900)]),
    ]);

    public static IEnumerable<object[]> All() =>
        [[Grouped(), new[] { "monolithic (nooks-style off)", "l4-style", "singularity", "instructions per operation (log scale)", "paper figure (cycles)", "null kernel call" }],
         [Ratios(), new[] { "sip-call-vs-l4-syscall", "measured here: singularity", "paper's ratio", "(log scale)", "not measured" }],
         [Outcomes(), new[] { "recovered", "crashed", "hung", "injected faults", "nooks-style" }],
         [Sweep(), new[] { "l4-style", "singularity", "message size (bytes) (log scale)", "instructions per round trip" }]];
}
