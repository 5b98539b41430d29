// The shared RTL8139 driver as a SIP with net-echo as its client, clean or with a
// driver fault (fault=rtl8139:<kind>@<n>): the driver SIP is killed and restarted, the
// client reconnects, net-echo resends what was lost, and no frame may arrive corrupted.

namespace Singularity.Checks;

public static class NetChecks
{
    public static void Run()
    {
        long frames = (long)CommandLine.Number("net-frames", 64);
        Sip driver = SipLifecycle.Start("rtl8139", 1);
        if (!Report.Check("net.driver-sip-started", driver != null)) return;
        Sip client = DriverWorkload.RunTimed("net-echo", frames, "workload.net-echo",
            "net-echo through the RTL8139 driver SIP: every frame sent, received and checked (halted time excluded)");
        Report.CheckValue("net.client-exit", client.FaultKind == 0 && client.ExitCode == 0, "code", (ulong)client.ExitCode);
        Sip last = DriverWorkload.JoinLastInstance(driver);
        Report.CheckValue("net.driver-exit", last.FaultKind == 0 && last.ExitCode == 0, "code", (ulong)last.ExitCode);
    }
}
