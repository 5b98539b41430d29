// What each of nooks-style's benchmarks measures (common/protocol/BenchDefinitions.cs),
// printed with every bench record. The .on and .off rows share a definition: the same
// window with isolation on and off, which is what makes their ratio mean isolation.
using System.Runtime;
using Testbed.Protocol;

namespace NooksStyle.Benchmarks;

public static class BenchDefinitionTable
{
    [RuntimeExport("tb_bench_definition")]
    public static string Of(string benchmark) => benchmark switch
    {
        "syscall.null.on" or "syscall.null.off" => BenchDefinitions.KernelCallNull,
        "disk.read.on" or "disk.read.off" => BenchDefinitions.DiskReadToAppBuffer,
        "disk.write.on" or "disk.write.off" => BenchDefinitions.DiskWriteFromAppBuffer,
        "net.echo.on" or "net.echo.off" => BenchDefinitions.NetEchoAppBuffers,
        "ratio.syscall.null" or "ratio.disk.read" or "ratio.disk.write" or "ratio.net.echo" => BenchDefinitions.RatioInBoot,
        _ => RecoveryRowDefinitions.Of(benchmark),
    };
}
