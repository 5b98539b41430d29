// The names of the recovery rows, the same in every kernel (docs/recovery.md): the total,
// then its parts in the order of the stamps that cut it (detect, teardown, reload, reinit,
// replay). Arrays, not concatenation: the bare-metal runtime has no string.Concat. Their
// definitions are common/protocol/RecoveryRowDefinitions.cs.
namespace Testbed.Guest.Measure;

public static class RecoveryRowNames
{
    public static readonly string[] Ata = ["recovery.ata", "recovery.ata.detect", "recovery.ata.teardown", "recovery.ata.reload", "recovery.ata.reinit", "recovery.ata.replay"];
    public static readonly string[] Rtl8139 = ["recovery.rtl8139", "recovery.rtl8139.detect", "recovery.rtl8139.teardown", "recovery.rtl8139.reload", "recovery.rtl8139.reinit", "recovery.rtl8139.replay"];
    public static readonly string[] Echo = ["recovery.echo", "recovery.echo.detect", "recovery.echo.teardown", "recovery.echo.reload", "recovery.echo.reinit", "recovery.echo.replay"];
}
