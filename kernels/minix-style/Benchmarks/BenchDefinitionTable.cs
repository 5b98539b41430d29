// What each of minix-style's benchmarks measures (common/protocol/BenchDefinitions.cs),
// printed with every bench record so that a comparison can refuse figures of different definitions.
using Testbed.Protocol;

namespace MinixStyle.Benchmarks;

public static class BenchDefinitionTable
{
    [RuntimeExport("tb_bench_definition")]
    public static string Of(string benchmark) => benchmark switch
    {
        "kernel-call.null" => BenchDefinitions.KernelCallNull,
        "ipc.sendrec.user-to-pm" => BenchDefinitions.IpcRoundtrip,
        "ipc.notify.roundtrip" => BenchDefinitions.IpcNotifyRoundtrip,
        "disk.read" => BenchDefinitions.DiskReadToAppBuffer,
        "disk.write" => BenchDefinitions.DiskWriteFromAppBuffer,
        "file.read" => BenchDefinitions.FileReadToAppBuffer,
        "file.write" => BenchDefinitions.FileWriteFromAppBuffer,
        "process.fork-exec-wait" => BenchDefinitions.ProcessSpawnToReaped,
        "process.fork-exec-to-exit" => BenchDefinitions.ProcessCreateToExitCall,
        "net.echo" => BenchDefinitions.NetEchoAppBuffers,
        // The same spans with every kernel call in the caller's trap (KernelCalls/KernelCallTrap.cs).
        "kernel-call.null.in-trap" => BenchDefinitions.KernelCallNull,
        "disk.read.in-trap" => BenchDefinitions.DiskReadToAppBuffer,
        "disk.write.in-trap" => BenchDefinitions.DiskWriteFromAppBuffer,
        "net.echo.in-trap" => BenchDefinitions.NetEchoAppBuffers,
        _ => RecoveryRowDefinitions.Of(benchmark),
    };
}
