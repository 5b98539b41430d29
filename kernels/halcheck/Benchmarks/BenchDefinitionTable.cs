// What each of halcheck's benchmarks measures (common/protocol/BenchDefinitions.cs), printed
// with every bench record so that a comparison can refuse figures of different definitions.
using System.Runtime;
using Testbed.Protocol;

namespace Halcheck.Benchmarks;

public static class BenchDefinitionTable
{
    [RuntimeExport("tb_bench_definition")]
    public static string Of(string benchmark) => benchmark switch
    {
        "syscall.null" => BenchDefinitions.KernelCallNull,
        "address-space.switch" => BenchDefinitions.AddressSpaceSwitch,
        "interrupt.timer" => BenchDefinitions.InterruptTimer,
        "thread.switch" => BenchDefinitions.ThreadSwitch,
        _ => BenchDefinitions.Undeclared,
    };
}
