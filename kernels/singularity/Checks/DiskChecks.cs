// The shared disk driver as a SIP with the disk-integrity workload as its client, first
// clean, then (command line fault=ata:<kind>@<n>) with a driver fault: the driver SIP is
// killed and restarted, the client reconnects and retries, and no sector may come back
// corrupted.

namespace Singularity.Checks;

public static unsafe class DiskChecks
{
    public static void Run()
    {
        long blocks = (long)CommandLine.Number("disk-blocks", 8);
        long rounds = (long)CommandLine.Number("disk-rounds", 2);
        Sip driver = SipLifecycle.Start("ata", 1);
        if (!Report.Check("disk.driver-sip-started", driver != null)) return;
        // What the kernel granted it: the bus-master range is 0 with ata=pio (the SIP then uses PIO).
        TbLine.Begin("driver").Field("name", "ata").Address("ports", driver.Info->PortBase).Field("irq", driver.Info->Irq)
            .Address("bus-master", driver.Info->PciPortBase).Field("bus-master-ports", driver.Info->PciPortCount).End();
        Sip client = DriverWorkload.RunTimed("disk-integrity", blocks | rounds << 16, "workload.disk-integrity",
            "disk-integrity through the ATA driver SIP: every block written, read back and checked (halted time excluded)");
        Report.CheckValue("disk.client-exit", client.FaultKind == 0 && client.ExitCode == 0, "code", (ulong)client.ExitCode);
        Sip last = DriverWorkload.JoinLastInstance(driver);
        Report.CheckValue("disk.driver-exit", last.FaultKind == 0 && last.ExitCode == 0, "code", (ulong)last.ExitCode);
    }
}
