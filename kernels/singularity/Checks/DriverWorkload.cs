// What the disk and net checks share: a workload SIP run against a driver SIP, timed as
// the whole workload (halted time excluded), and the driver's last instance once the
// workload is done: a driver fault kills and restarts the driver, so the exit that says
// whether the driver ended cleanly is that of the last restart.
using Testbed.Guest.Measure;

namespace Singularity.Checks;

public static class DriverWorkload
{
    /// <summary>Runs the client scenario and reports its time as <paramref name="bench"/>; returns the client.</summary>
    public static Sip RunTimed(string scenario, long argument, string bench, string description)
    {
        ulong start = Cpu.ReadTsc(), idle = IdleClock.Halted;
        Sip client = Scenario.Run(scenario, argument);
        Report.Bench(bench, Summary.Single(Cpu.ReadTsc() - start - (IdleClock.Halted - idle)), description);
        return client;
    }

    /// <summary>Joins <paramref name="driver"/> and each instance the driver manager restarted after it; returns the last.</summary>
    public static Sip JoinLastInstance(Sip driver)
    {
        Sip last = driver;
        while (true)
        {
            SipLifecycle.Join(last);
            Sip restarted = DriverManager.LastRestarted;
            if (restarted == null || restarted.Id <= last.Id || restarted.Name != driver.Name) return last;
            last = restarted;
        }
    }
}
