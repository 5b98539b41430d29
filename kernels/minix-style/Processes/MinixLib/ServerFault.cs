// A server's planned fault (Abi/ServerFaultArgument.cs), committed at the start of its n-th
// request: the "committed" record first (through SYS_DIAGCTL), then the faulty code itself
// (common/drivers/Faults/FaultTrigger.CommitNow), so a fault that never ran never looks survived.
using Testbed.Drivers.Faults;

namespace MinixStyle.Processes.MinixLib;

public static class ServerFault
{
    private static FaultPlan s_plan;
    private static uint s_requests;

    public static void Arm(ulong argument, FaultTarget target) => s_plan = ServerFaultArgument.Unpack(argument, target);

    /// <summary>Called once per request the server takes.</summary>
    public static void AtRequest()
    {
        s_requests++;
        if (s_plan.AtRequest == 0 || s_requests != s_plan.AtRequest || s_plan.Kind == InjectedFault.None) return;
        Sys.Call(KernelCallNumber.DiagCtl, DiagOp.FaultCommitted, (ulong)s_plan.Target, (ulong)s_plan.Kind, s_plan.AtRequest, out _);
        FaultTrigger.CommitNow(s_plan);
    }
}
