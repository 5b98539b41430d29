// Running SIPs to their end from the kernel's main thread, for checks and benchmarks.
using Testbed.Drivers.Faults;

namespace Singularity.Checks;

public static class Scenario
{
    /// <summary>The last echo service instance of the last WithEchoService run (a restarted one after a fault).</summary>
    public static Sip LastService;
    /// <summary>The first instance of that run.</summary>
    public static Sip FirstService;

    /// <summary>Starts the SIP and waits until it has ended and been reclaimed.</summary>
    public static Sip Run(string name, long argument)
    {
        Sip sip = SipLifecycle.Start(name, argument);
        if (sip == null) Panic.Halt("singularity: a SIP could not be started");
        SipLifecycle.Join(sip);
        return sip;
    }

    /// <summary>An echo service that serves one client and exits (or <paramref name="serviceMode"/>), and a client in <paramref name="clientArgument"/>'s mode.</summary>
    public static Sip WithEchoService(long clientArgument, long faultKind = 0, long faultAt = 0, long serviceMode = ServiceMode.OneClient)
    {
        if (faultKind != 0)
            FaultPlanLine.Write(new FaultPlan { Target = FaultTarget.Echo, Kind = (InjectedFault)faultKind, AtRequest = (uint)faultAt }, FaultPlanState.Armed);
        Sip service = SipLifecycle.Start("echo", EchoArgument.Service(serviceMode, faultKind, faultAt));
        if (service == null) Panic.Halt("singularity: the echo service could not be started");
        Sip client = Run("echo-client", clientArgument);
        // The service (or, after a fault, its restarted instance) ends when its client closes.
        Sip last = service;
        while (true)
        {
            SipLifecycle.Join(last);
            Sip restarted = DriverManager.LastRestarted;
            if (restarted == null || restarted.Id <= last.Id || restarted.Name != service.Name) break;
            last = restarted;
        }
        if (last.State != SipState.Reclaimed) SipLifecycle.Join(last);
        FirstService = service;
        LastService = last;
        return client;
    }
}
