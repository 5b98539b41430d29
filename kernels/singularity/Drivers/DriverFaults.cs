// The fault triggers shared with the other personalities (common/drivers/Faults):
// `fault=<driver>:<kind>@<n>` on the command line arms the first instance of the driver
// SIP of that name (ata, rtl8139); a restarted instance runs clean. The plan reaches the
// SIP in its StartInfo and the shared driver code commits the fault inside the SIP. The
// kernel says when it armed one (fault-plan record "armed"); the SIP says when it commits it.
using Testbed.Drivers.Faults;
using Testbed.Hal;

namespace Singularity.Drivers;

public static unsafe class DriverFaults
{
    private static bool s_ataArmed, s_netArmed;

    /// <summary>The plan for a new instance of <paramref name="sipName"/> (none after its first instance).</summary>
    public static FaultPlan Take(string sipName)
    {
        FaultPlan plan = default;
        if (sipName == "ata" && !s_ataArmed)
        {
            s_ataArmed = true;
            FaultPlanParser.TryParse(Multiboot.CommandLine, "ata", out plan);
        }
        else if (sipName == "rtl8139" && !s_netArmed)
        {
            s_netArmed = true;
            FaultPlanParser.TryParse(Multiboot.CommandLine, "rtl8139", out plan);
        }
        if (plan.IsArmed) FaultPlanLine.Write(plan, FaultPlanState.Armed);
        return plan;
    }

    /// <summary>The fault target a SIP of this name is (echo, ata, rtl8139), or None.</summary>
    public static FaultTarget TargetOf(string sipName)
    {
        for (var t = FaultTarget.Ata; t <= FaultCatalog.LastTarget; t++)
            if (sipName == FaultCatalog.TargetName(t)) return t;
        return FaultTarget.None;
    }
}
