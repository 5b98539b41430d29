// The fault triggers shared with the other personalities (common/drivers/Faults):
// `fault=<driver>:<kind>@<n>` on the command line arms the first instance of the driver
// SIP of that name (ata, rtl8139); a restarted instance runs clean, unless the plan is
// persistent (`@n!`): then every instance gets it (armed once). The plan reaches the
// SIP in its StartInfo and the shared driver code commits the fault inside the SIP. The
// kernel says when it armed one (fault-plan record "armed"); the SIP says when it commits it.
using Testbed.Drivers.Faults;

namespace Singularity.Drivers;

public static unsafe class DriverFaults
{
    private static bool s_ataArmed, s_netArmed;
    private static FaultPlan s_ataPlan, s_netPlan;
    private static FaultPlan s_ataNext, s_netNext;

    /// <summary>The plan for a new instance of <paramref name="sipName"/> (none after its first instance, unless persistent, or one armed by ArmNext).</summary>
    public static FaultPlan Take(string sipName)
    {
        FaultPlan plan = default;
        if (sipName == "ata")
            plan = Next(ref s_ataNext, First(ref s_ataArmed, ref s_ataPlan, "ata"));
        else if (sipName == "rtl8139")
            plan = Next(ref s_netNext, First(ref s_netArmed, ref s_netPlan, "rtl8139"));
        return plan;
    }

    /// <summary>Arms <paramref name="plan"/> for the next instance of its target only (the recovery benchmarks); writes the "armed" record.</summary>
    public static void ArmNext(FaultPlan plan)
    {
        if (plan.Target == FaultTarget.Ata) s_ataNext = plan;
        else if (plan.Target == FaultTarget.Rtl8139) s_netNext = plan;
        else return;
        FaultPlanLine.Write(plan, FaultPlanState.Armed);
    }

    private static FaultPlan Next(ref FaultPlan next, FaultPlan otherwise)
    {
        if (!next.IsArmed) return otherwise;
        FaultPlan plan = next;
        next = default;
        return plan;
    }

    private static FaultPlan First(ref bool armed, ref FaultPlan persistent, string target)
    {
        if (armed) return persistent;
        armed = true;
        FaultPlanParser.TryParse(Multiboot.CommandLine, target, out FaultPlan plan);
        if (plan.IsArmed) FaultPlanLine.Write(plan, FaultPlanState.Armed);
        if (plan.Persistent) persistent = plan;
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
