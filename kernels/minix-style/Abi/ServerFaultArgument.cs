// A service's fault plan (fault=<target>:<kind>@<n>[!], the shared grammar of
// common/drivers/Faults) in its start argument, where the kernel puts it at boot, in the layout
// the ATA driver's argument has too (StartArgument.Ata): bits 0-15 the service's own (the ATA
// driver's bus-master base; 0 for DS), 16-23 the kind, 24 persistent, 32-63 the request. RS
// restarts a service with the plan again only if it is persistent; a one-shot fault is gone in
// the new instance, which is what a restart is meant to cure.
using Testbed.Drivers.Faults;

namespace MinixStyle.Abi;

public static class ServerFaultArgument
{
    private const ulong OwnBits = 0xFFFF, PersistentBit = 1UL << 24;

    public static ulong Pack(in FaultPlan plan) =>
        ((ulong)plan.Kind & 0xFF) << 16 | (plan.Persistent ? PersistentBit : 0) | (ulong)plan.AtRequest << 32;

    public static FaultPlan Unpack(ulong argument, FaultTarget target) => new FaultPlan
    {
        Target = target,
        Kind = (InjectedFault)((argument >> 16) & 0xFF),
        Persistent = (argument & PersistentBit) != 0,
        AtRequest = (uint)(argument >> 32),
    };

    /// <summary>The argument a restarted instance gets: the same if its plan is persistent, else without the plan.</summary>
    public static ulong ForRestart(ulong argument) => (argument & PersistentBit) != 0 ? argument : argument & OwnBits;
}
