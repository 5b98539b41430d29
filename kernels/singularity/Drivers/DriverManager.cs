// Restarts driver SIPs (manifest `driver=1`) that were killed, from the pristine boot
// module, as the paper's system does for failed device drivers. Runs on the kernel's
// manager thread after the dead instance was fully reclaimed. The `recovery` record is the
// manager's view (fault to the new instance's thread ready); the recovery time itself, to
// the client's first successful reply, is RecoveryStamps' (docs/recovery.md). A driver that keeps dying
// (RestartBudget spent: a persistent fault) is not restarted again: lost, its clients'
// requests fail.
using Singularity.Tasks;
using Testbed.Drivers.Faults;
using Testbed.Hal;
using Testbed.Protocol;

namespace Singularity.Drivers;

public static class DriverManager
{
    public const int MaxRestarts = 16;
    public static int Restarts { get; private set; }
    public static Sip LastRestarted;

    public static void Restart(Sip dead)
    {
        if (dead == RecoveryStamps.Failed) RecoveryStamps.TornDown = RecoveryStamps.Now();
        if (dead.Restarts >= MaxRestarts) return;
        RestartBudget budget = dead.Budget;
        if (!budget.TryRestart(dead.DeathTsc))
        {
            TbLine.Begin(ProtocolNames.Recovery).Field("name", dead.Name).Field("state", ProtocolNames.RecoveryGaveUp)
                .Field("restarts", budget.RestartsInWindow).Field("window-ticks", RestartBudget.WindowTicks)
                .Field("what", "driver SIP killed again within the restart window -> driver lost, clients' requests fail").End();
            return;
        }
        Sip fresh = SipLifecycle.Start(dead.Name, dead.Argument & 0xFFFF);
        if (dead == RecoveryStamps.Failed)
        {
            RecoveryStamps.Reloaded = RecoveryStamps.Now();
            RecoveryStamps.Fresh = fresh;
        }
        if (fresh == null)
        {
            TbLine.Begin(ProtocolNames.Recovery).Field("name", dead.Name).Field("ok", false).End();
            return;
        }
        fresh.Restarts = dead.Restarts + 1;
        fresh.Budget = budget;
        Restarts++;
        LastRestarted = fresh;
        TbLine.Begin(ProtocolNames.Recovery).Field("name", dead.Name).Field("ok", true)
            .Field("instr", Cpu.ReadTsc() - dead.DeathTsc - (IdleClock.Halted - dead.DeathIdleTsc))
            .Field("restarts", (ulong)fresh.Restarts).End();
    }
}
