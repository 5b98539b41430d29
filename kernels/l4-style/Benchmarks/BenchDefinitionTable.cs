// What each of l4-style's benchmarks measures (common/protocol/BenchDefinitions.cs), printed
// with every bench record. The root task and the workload clients report their benches
// through the kernel debugger (Debug/KernelDebug.cs), so this one table covers them all.
// The driver rows come twice: the copying contract that the other kernels follow (the data
// ends in the client's own buffer) under the shared names, and the zero-copy path this
// kernel can do besides (the data stays in the region it shares with the driver).
using System.Runtime;
using Testbed.Protocol;

namespace L4Style.Benchmarks;

public static class BenchDefinitionTable
{
    [RuntimeExport("tb_bench_definition")]
    public static string Of(string benchmark) => benchmark switch
    {
        "syscall.null" => BenchDefinitions.KernelCallNull,
        "ipc.roundtrip.inter-as" => BenchDefinitions.IpcRoundtrip,
        "ipc.oneway.inter-as" => BenchDefinitions.IpcOneway,
        "ipc.roundtrip.intra-as" => BenchDefinitions.IpcRoundtripSameSpace,
        "ipc.oneway.intra-as" => BenchDefinitions.IpcOnewaySameSpace,
        "ipc.string-1k.roundtrip" => BenchDefinitions.IpcRoundtripString1K,
        "floor.roundtrip" => BenchDefinitions.FloorRoundtrip,
        "ipc.roundtrip.percent-of-floor" => BenchDefinitions.RatioInBoot,
        "task.create-start-exit" => BenchDefinitions.ProcessCreateToExitCall,
        "task.destroy" => BenchDefinitions.ProcessDestroy,
        "disk.read" => BenchDefinitions.DiskReadToAppBuffer,
        "disk.write" => BenchDefinitions.DiskWriteFromAppBuffer,
        "net.echo" => BenchDefinitions.NetEchoAppBuffers,
        "disk.read.zero-copy" => BenchDefinitions.DiskReadZeroCopy,
        "disk.write.zero-copy" => BenchDefinitions.DiskWriteZeroCopy,
        "net.echo.zero-copy" => BenchDefinitions.NetEchoZeroCopy,
        _ => RecoveryRowDefinitions.Of(benchmark),
    };
}
