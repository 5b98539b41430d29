// Channels and the exchange heap between two SIPs: a request/reply with ownership
// transfer (checked inside the client), a block touched after it was sent (the sender is
// killed), an out-of-protocol send that the compiler could not see (killed at run time),
// and what a kill gives back: pages, exchange blocks, endpoints, and a channel-closed
// notification to the peer (the service exits with ServiceExit.SawChannelClosed only when
// its receive returned channel-closed). `selftest-break=kill.after-<kill>.peer-saw-channel-closed`
// starts that scenario's service in ServiceMode.LeaveEarly: it exits cleanly after the
// client's first message without waiting for the close, which the check must tell apart.

namespace Singularity.Checks;

public static unsafe class ChannelChecks
{
    public static void Run()
    {
        Sip client = Scenario.WithEchoService(EchoArgument.Client(ClientMode.Functional, 0));
        Report.CheckValue("channel.client-exit", client.FaultKind == 0 && client.ExitCode == 0, "code", (ulong)client.ExitCode);

        ulong freeFrames = PhysicalMemory.FreeFrames;
        int freeBlocks = ExchangeHeap.FreeBlocks;
        int endpoints = Endpoints.Live;

        client = Scenario.WithEchoService(EchoArgument.Client(ClientMode.TouchSentBlock, 0), serviceMode: PeerMode(AfterNonOwner));
        Report.CheckValue("exchange.non-owner-access-refused", client.FaultKind == SipFaultKind.NotOwner, "fault-code", (ulong)client.FaultKind);
        ReclaimedAll(AfterNonOwner, freeFrames, freeBlocks, endpoints);

        client = Scenario.WithEchoService(EchoArgument.Client(ClientMode.StaleState, 0), serviceMode: PeerMode(AfterContractViolation));
        Report.CheckValue("contract.runtime-violation-killed", client.FaultKind == SipFaultKind.ContractViolation, "fault-code", (ulong)client.FaultKind);
        ReclaimedAll(AfterContractViolation, freeFrames, freeBlocks, endpoints);

        FastPathYields();

        client = Scenario.Run("echo-client", EchoArgument.Client(ClientMode.Undeclared, 0));
        Report.CheckValue("manifest.client-exit", client.FaultKind == 0 && client.ExitCode == 0, "code", (ulong)client.ExitCode);
        Report.Check("manifest.unknown-sip-refused", SipLifecycle.Start("not-in-the-manifest", 0) == null);
    }

    // Two SIPs answering each other switch directly (Ipc/channel_fastpath.S), past the
    // scheduler's queue. A kernel thread whose 3-tick sleep ends while they do must still
    // run before they finish: the timer asks for a reschedule and the fast paths defer.
    // (About 7 M instructions of round trips; the sleeper is due after 3 M.)
    private const long PingPongs = 30_000;
    private static ulong s_sleeperWoke;

    private static void FastPathYields()
    {
        s_sleeperWoke = 0;
        Thread sleeper = Thread.CreateKernel(&Sleeper, 3, &Scheduling.Scheduler.ExitCurrent);
        Scheduling.Scheduler.MakeReady(sleeper);
        Sip client = Scenario.WithEchoService(EchoArgument.Client(ClientMode.PingPong, PingPongs));
        Report.CheckValue("channel.fast-path-answers", client.FaultKind == 0 && client.ExitCode == 0, "code", (ulong)client.ExitCode);
        Report.CheckValue("channel.fast-path-yields-to-ready-threads",
            s_sleeperWoke != 0 && s_sleeperWoke < client.DeathTsc, "woke-before-end", client.DeathTsc - s_sleeperWoke);
    }

    private static void Sleeper(ulong ticks)
    {
        Drivers.InterruptLines.Sleep(ticks);
        s_sleeperWoke = Cpu.ReadTsc();
    }

    // Both SIPs are gone: everything they held is back, and the service's exit code says its
    // last receive returned channel-closed (ServiceExit: a distinct code, not just 0).
    private static readonly string[] AfterNonOwner =
        ["kill.after-non-owner.pages", "kill.after-non-owner.exchange-blocks", "kill.after-non-owner.endpoints", "kill.after-non-owner.peer-saw-channel-closed"];
    private static readonly string[] AfterContractViolation =
        ["kill.after-contract-violation.pages", "kill.after-contract-violation.exchange-blocks", "kill.after-contract-violation.endpoints", "kill.after-contract-violation.peer-saw-channel-closed"];

    private static void ReclaimedAll(string[] name, ulong freeFrames, int freeBlocks, int endpoints)
    {
        Report.CheckValue(name[0], PhysicalMemory.FreeFrames == freeFrames, "free-frames", PhysicalMemory.FreeFrames);
        Report.CheckValue(name[1], ExchangeHeap.FreeBlocks == freeBlocks, "free-blocks", (ulong)ExchangeHeap.FreeBlocks);
        Report.CheckValue(name[2], Endpoints.Live == endpoints, "live", (ulong)Endpoints.Live);
        Sip peer = Scenario.LastService;
        Report.CheckValue(name[3], peer.FaultKind == 0 && peer.ExitCode == ServiceExit.SawChannelClosed, "exit", (ulong)peer.ExitCode);
    }

    private static long PeerMode(string[] names) => CommandLine.Breaks(names[3]) ? ServiceMode.LeaveEarly : ServiceMode.OneClient;
}
