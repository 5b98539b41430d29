// SIP lifecycle: a minimal SIP runs and exits, every page it was given comes back, and
// its footprint (bytes of pages the kernel gave it) is what the paper's table reports.
using Testbed.Protocol;

namespace Singularity.Checks;

public static class SipChecks
{
    public static void Run()
    {
        Scenario.Run("hello", 1);                       // first use of the slot makes its page tables
        ulong freeBefore = PhysicalMemory.FreeFrames;
        Sip hello = SipLifecycle.Start("hello", 0);
        if (!Report.Check("sip.start", hello != null)) return;
        SipLifecycle.Join(hello);
        Report.CheckValue("sip.exit", hello.State == SipState.Reclaimed && hello.FaultKind == 0 && hello.ExitCode == 0, "code", (ulong)hello.ExitCode);
        Report.CheckValue("sip.pages-reclaimed", PhysicalMemory.FreeFrames == freeBefore, "frames", (ulong)SipLifecycle.LastReclaimedFrames);
        Footprint("hello", hello);
        Report.CheckValue("sip.hello-footprint-at-most-16KiB", hello.FootprintBytes <= 16 * 1024, "bytes", hello.FootprintBytes);

        Sip withHeap = Scenario.Run("hello-alloc", 0);
        Footprint("hello-alloc", withHeap);
        Report.CheckValue("sip.allocator-exit", withHeap.FaultKind == 0 && withHeap.ExitCode == 0, "heap-pages", (ulong)withHeap.HeapPages);
    }

    // Pages given, by kind: image (text, rodata, data), stack, heap (the SIP's allocator).
    private static void Footprint(string name, Sip sip)
    {
        TbLine.Begin("footprint").Field("name", name).Field("bytes", sip.FootprintBytes)
            .Field("image", (ulong)sip.ImagePages * 4096).Field("stack", (ulong)sip.StackPages * 4096)
            .Field("heap", (ulong)sip.HeapPages * 4096).End();
    }
}
