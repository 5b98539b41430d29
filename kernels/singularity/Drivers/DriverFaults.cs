// The fault triggers shared with the other personalities (common/drivers/Faults):
// `fault=<driver>:<kind>@<n>` on the command line arms the first instance of the driver
// SIP of that name; a restarted instance runs clean. The plan reaches the SIP in its
// StartInfo; the shared driver code commits the fault inside the SIP.
using Testbed.Drivers.Faults;
using Testbed.Hal;

namespace Singularity.Drivers;

public static unsafe class DriverFaults
{
    private static bool s_ataUsed, s_netUsed;

    public static ulong KindFor(string sipName) => Plan(sipName, consume: false).Kind == DriverFaultKind.None ? 0 : (ulong)Plan(sipName, consume: true).Kind;

    public static ulong AtFor(string sipName) => s_lastAt;

    private static ulong s_lastAt;

    private static FaultPlan Plan(string sipName, bool consume)
    {
        s_lastAt = 0;
        if (sipName == "ata")
        {
            if (s_ataUsed || !FaultPlanParser.TryParse(Multiboot.CommandLine, "ata", out FaultPlan plan)) return default;
            if (consume) s_ataUsed = true;
            s_lastAt = plan.AtRequest;
            return plan;
        }
        if (sipName == "rtl8139")
        {
            if (s_netUsed || !FaultPlanParser.TryParse(Multiboot.CommandLine, "rtl8139", out FaultPlan plan)) return default;
            if (consume) s_netUsed = true;
            s_lastAt = plan.AtRequest;
            return plan;
        }
        return default;
    }
}
