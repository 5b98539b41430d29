namespace Testbed.Harness.Analysis;

/// <summary>
/// One measurement of one kernel, with the unit and mode that give its numbers meaning.
/// This is a row of the bench table and of the CSV. <see cref="Definition"/> says what the
/// figure measures (Testbed.Protocol.BenchDefinitions); empty when nothing declared it.
/// </summary>
public sealed record BenchRow(string Kernel, string Benchmark, string Unit, string Mode, ulong N, ulong Min, double Median, ulong Max, string Definition = "");
