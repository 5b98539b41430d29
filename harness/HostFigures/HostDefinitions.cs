namespace Testbed.Harness.HostFigures;

/// <summary>
/// What each host benchmark (benchmarks/Host/HostBenchmarks.cs) measures, in the ids the
/// kernels use (Testbed.Protocol.BenchDefinitions), so a host row is compared only with a
/// guest row of the same definition: getppid is a null kernel call, a pipe or socket pair
/// round trip is a request and reply between two processes; a spawn is measured until the
/// parent reaped the child, which no guest row measures.
/// </summary>
public static class HostDefinitions
{
    public static string Of(string benchmark) => benchmark switch
    {
        "syscall.getppid" => BenchDefinitions.KernelCallNull,
        "pipe.roundtrip" or "socket.roundtrip" => BenchDefinitions.IpcRoundtrip,
        "process.spawn.static" or "process.spawn.bin-true" => BenchDefinitions.ProcessSpawnToReaped,
        "thread.switch" => BenchDefinitions.ThreadPingPong,
        _ => BenchDefinitions.Undeclared,
    };
}
