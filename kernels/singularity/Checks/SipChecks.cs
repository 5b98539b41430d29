// The SIP lifecycle checks: a minimal SIP runs and exits; its pages come back; footprints.
using Singularity.Memory;
using Singularity.Sips;
using Testbed.Hal;

namespace Singularity.Checks;

public static class SipChecks
{
    public static void Run()
    {
        HelloRuns();
    }

    private static void HelloRuns()
    {
        Sip warm = SipLifecycle.Start("hello", 1);      // first use of the slot makes its page tables
        SipLifecycle.Join(warm);
        ulong freeBefore = PhysicalMemory.FreeFrames;
        Sip hello = SipLifecycle.Start("hello", 0);
        if (!Report.Check("sip.start", hello != null)) return;
        ulong footprint = hello.FootprintBytes;
        SipLifecycle.Join(hello);
        Report.CheckValue("sip.exit", hello.State == SipState.Reclaimed && hello.FaultKind == 0 && hello.ExitCode == 0, "code", (ulong)hello.ExitCode);
        Report.CheckValue("sip.pages-reclaimed", PhysicalMemory.FreeFrames == freeBefore, "frames", (ulong)SipLifecycle.LastReclaimedFrames);
        Report.CheckValue("sip.hello-footprint-at-most-16KiB", footprint <= 16 * 1024, "bytes", footprint);
    }
}
