// What each of singularity's benchmarks measures (common/protocol/BenchDefinitions.cs),
// printed with every bench record. SIPs report through the kernel ABI (Abi/KernelAbi.cs),
// so this one table covers the kernel's benches and theirs. The hw.* rows are the same
// definitions measured on this kernel's ring-3 hardware path, in the same boot.
using System.Runtime;
using Testbed.Protocol;

namespace Singularity.Benchmarks;

public static class BenchDefinitionTable
{
    [RuntimeExport("tb_bench_definition")]
    public static string Of(string benchmark) => benchmark switch
    {
        "abi.null" or "hw.syscall.null" => BenchDefinitions.KernelCallNull,
        "channel.roundtrip" or "channel.roundtrip-async" or "hw.ipc.roundtrip" => BenchDefinitions.IpcRoundtrip,
        "hw.address-space.switch" => BenchDefinitions.AddressSpaceSwitch,
        "sip.create-start" or "hw.process.create-start" => BenchDefinitions.ProcessCreateToExitCall,
        "sip.create-start-exit" or "hw.process.create-start-exit" => BenchDefinitions.ProcessCreateRunReclaim,
        "disk.read" => BenchDefinitions.DiskReadToAppBuffer,
        "disk.write" => BenchDefinitions.DiskWriteFromAppBuffer,
        "net.echo" => BenchDefinitions.NetEchoAppBuffers,
        "workload.disk-integrity" or "workload.net-echo" => BenchDefinitions.WorkloadWholeRun,
        _ => RecoveryRowDefinitions.Of(benchmark),
    };
}
