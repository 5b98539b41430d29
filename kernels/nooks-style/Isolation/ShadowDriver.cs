// The shadow driver (Swift et al., "Recovering Device Drivers", OSDI 2004): in passive
// mode it logs the configuration call made to its driver (LoadedDriver.Config) and the
// request in flight; when the driver fails it takes over: has the recovery agent restart
// the driver, replays the configuration (with the fault plan spent: an injected fault is
// committed once, unless persistent), restages the request's data from the kernel's own copy and submits the
// request again. The application sees its request succeed. A driver that keeps failing
// (RestartBudget spent) is lost: the recovery agent gives up, says so, and its requests fail.
using NooksStyle.Isolation.Wrappers;
using Testbed.Drivers.Faults;
using Testbed.Drivers.Requests;
using Testbed.Hal;
using Testbed.Protocol;

namespace NooksStyle.Isolation;

public static unsafe class ShadowDriver
{
    private const int MaxAttempts = 4;

    public static ulong Recoveries;
    public static ulong LastRecoveryInstructions;

    /// <summary>
    /// Submits a request through the wrappers, recovering the driver as often as needed.
    /// <paramref name="restage"/> (may be null) is the kernel's copy of the request's data,
    /// copied into the driver's transfer buffer again before a retry.
    /// </summary>
    public static bool Submit(LoadedDriver driver, void* request, void* reply, delegate*<void*, void*, bool> checkReply,
                              byte* restage, ulong restageBytes)
    {
        if (!driver.Failed && DriverCalls.Request(driver, request, reply, checkReply)) return true;   // passive mode: the common case
        if (driver.Lost) return false;
        bool recovered = false;
        for (int attempt = 1; attempt < MaxAttempts; attempt++)
        {
            if (driver.Failed)
            {
                if (!RecoveryStamps.Detected.IsSet) RecoveryStamps.Detected = RecoveryStamps.Now();
                if (!driver.Budget.TryRestart(IsolationManager.LastFailureTsc))
                {
                    GiveUp(driver);
                    return false;
                }
                if (!Recover(driver)) continue;     // the restart itself failed: try again
                recovered = true;
                if (restage != null) AppBufferCopy.Copy(driver.Region.Transfer, restage, restageBytes);
            }
            if (DriverCalls.Request(driver, request, reply, checkReply))
            {
                if (recovered) ReportRecovery(driver);
                return true;
            }
        }
        return false;
    }

    private static bool Recover(LoadedDriver driver)
    {
        // A one-shot injected fault has been committed; a persistent one is the driver's own bug.
        if (!driver.Config.Faults.Persistent) driver.Config.Faults = default;
        if (!RecoveryAgent.Restart(driver)) return false;
        DriverConfig config = driver.Config;
        bool started = DriverCalls.Start(driver, &config);
        RecoveryStamps.Reinitialised = RecoveryStamps.Now();
        if (started) return true;
        driver.Failed = true;                 // a driver that cannot start is restarted again
        return false;
    }

    private static void GiveUp(LoadedDriver driver)
    {
        driver.Lost = true;
        TbLine.Begin(ProtocolNames.Recovery).Field("name", driver.Name).Field("state", ProtocolNames.RecoveryGaveUp)
            .Field("restarts", driver.Budget.RestartsInWindow).Field("window-ticks", RestartBudget.WindowTicks)
            .Field("what", "driver failed again within the restart window -> driver lost, its requests fail").End();
    }

    private static void ReportRecovery(LoadedDriver driver)
    {
        Recoveries++;
        ulong elapsed = Cpu.ReadTsc() - IsolationManager.LastFailureTsc;
        ulong idle = IdleClock.Halted - IsolationManager.LastFailureIdle;
        LastRecoveryInstructions = elapsed - idle;
        TbLine.Begin(ProtocolNames.Recovery).Field("name", driver.Name).Field("instr", LastRecoveryInstructions).Field("halted", idle)
            .Field("restarts", driver.Restarts).Field("what", "the kernel's view: fault entry -> driver reloaded, configuration replayed -> request done in the kernel (the recovery.<driver> bench ends at the client's reply)").End();
    }
}
