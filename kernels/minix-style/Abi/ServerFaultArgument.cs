// A server's fault plan (fault=ds:<kind>@<n>[!], the shared grammar of common/drivers/Faults) in
// its start argument, where the kernel puts it at boot: bits 0-15 the kind, 16-23 the target,
// 24 persistent, 32-47 the request number (FaultCatalog.MaxRequest: 16 bits for servers). RS
// restarts a server with the plan again only if it is persistent; a one-shot fault is gone in
// the new instance, which is what a restart is meant to cure.
using Testbed.Drivers.Faults;

namespace MinixStyle.Abi;

public static class ServerFaultArgument
{
    public static ulong Pack(in FaultPlan plan) =>
        (ulong)plan.Kind | (ulong)plan.Target << 16 | (plan.Persistent ? 1UL << 24 : 0) | (ulong)(plan.AtRequest & 0xFFFF) << 32;

    public static FaultPlan Unpack(ulong argument) => new FaultPlan
    {
        Kind = (InjectedFault)(argument & 0xFFFF),
        Target = (FaultTarget)((argument >> 16) & 0xFF),
        Persistent = (argument & (1UL << 24)) != 0,
        AtRequest = (uint)((argument >> 32) & 0xFFFF),
    };

    /// <summary>The argument a restarted instance gets: the same if its plan is persistent, else none.</summary>
    public static ulong ForRestart(ulong argument) => (argument & (1UL << 24)) != 0 ? argument : 0;
}
