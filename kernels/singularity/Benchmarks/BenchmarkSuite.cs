namespace Singularity.Benchmarks;

public static class BenchmarkSuite
{
    public static void Run(int iterations) { }
}
