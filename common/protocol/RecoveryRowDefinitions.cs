// The recovery rows are named and defined alike in every kernel (docs/recovery.md): the
// total recovery.<component> and its parts recovery.<component>.<part>, for the shared
// drivers (ata, rtl8139) and singularity's echo service. One table, so that no kernel can
// give its recovery figure another meaning under the same name; each kernel's own table
// (Benchmarks/BenchDefinitionTable.cs) falls back to it.
namespace Testbed.Protocol;

public static class RecoveryRowDefinitions
{
    public static string Of(string benchmark) => benchmark switch
    {
        // recovery.ata.hang: the same span after a hang, from the heartbeat's expiry that declared it.
        "recovery.ata" or "recovery.rtl8139" or "recovery.echo" or "recovery.ata.hang" => BenchDefinitions.RecoveryFaultToFirstSuccess,
        "recovery.ata.detect" or "recovery.rtl8139.detect" or "recovery.echo.detect" => BenchDefinitions.RecoveryDetect,
        "recovery.ata.teardown" or "recovery.rtl8139.teardown" or "recovery.echo.teardown" => BenchDefinitions.RecoveryTeardown,
        "recovery.ata.reload" or "recovery.rtl8139.reload" or "recovery.echo.reload" => BenchDefinitions.RecoveryReload,
        "recovery.ata.reinit" or "recovery.rtl8139.reinit" or "recovery.echo.reinit" => BenchDefinitions.RecoveryReinit,
        "recovery.ata.replay" or "recovery.rtl8139.replay" or "recovery.echo.replay" => BenchDefinitions.RecoveryReplay,
        _ => BenchDefinitions.Undeclared,
    };
}
