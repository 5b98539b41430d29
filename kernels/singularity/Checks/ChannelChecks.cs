// Channels and the exchange heap between two SIPs: a request/reply with ownership
// transfer (checked inside the client), a block touched after it was sent (the sender is
// killed), an out-of-protocol send that the compiler could not see (killed at run time),
// and what a kill gives back: pages, exchange blocks, endpoints, and a channel-closed
// notification to the peer (the service sees its client's channel close and exits).
using Singularity.Abi;
using Singularity.Ipc;
using Singularity.Memory;
using Singularity.Processes;
using Singularity.Sips;
using Testbed.Hal;

namespace Singularity.Checks;

public static class ChannelChecks
{
    public static void Run()
    {
        Sip client = Scenario.WithEchoService(EchoArgument.Client(ClientMode.Functional, 0));
        Report.CheckValue("channel.client-exit", client.FaultKind == 0 && client.ExitCode == 0, "code", (ulong)client.ExitCode);

        ulong freeFrames = PhysicalMemory.FreeFrames;
        int freeBlocks = ExchangeHeap.FreeBlocks;
        int endpoints = Endpoints.Live;

        client = Scenario.WithEchoService(EchoArgument.Client(ClientMode.TouchSentBlock, 0));
        Report.CheckValue("exchange.non-owner-access-refused", client.FaultKind == SipFaultKind.NotOwner, "fault-code", (ulong)client.FaultKind);
        ReclaimedAll(AfterNonOwner, freeFrames, freeBlocks, endpoints);

        client = Scenario.WithEchoService(EchoArgument.Client(ClientMode.StaleState, 0));
        Report.CheckValue("contract.runtime-violation-killed", client.FaultKind == SipFaultKind.ContractViolation, "fault-code", (ulong)client.FaultKind);
        ReclaimedAll(AfterContractViolation, freeFrames, freeBlocks, endpoints);

        client = Scenario.Run("echo-client", EchoArgument.Client(ClientMode.Undeclared, 0));
        Report.CheckValue("manifest.client-exit", client.FaultKind == 0 && client.ExitCode == 0, "code", (ulong)client.ExitCode);
        Report.Check("manifest.unknown-sip-refused", SipLifecycle.Start("not-in-the-manifest", 0) == null);
    }

    // Both SIPs are gone: everything they held is back, and the service's exit shows it
    // was told its client's channel closed (it exits only on channel-closed).
    private static readonly string[] AfterNonOwner =
        ["kill.after-non-owner.pages", "kill.after-non-owner.exchange-blocks", "kill.after-non-owner.endpoints", "kill.after-non-owner.peer-saw-channel-closed"];
    private static readonly string[] AfterContractViolation =
        ["kill.after-contract-violation.pages", "kill.after-contract-violation.exchange-blocks", "kill.after-contract-violation.endpoints", "kill.after-contract-violation.peer-saw-channel-closed"];

    private static void ReclaimedAll(string[] name, ulong freeFrames, int freeBlocks, int endpoints)
    {
        Report.CheckValue(name[0], PhysicalMemory.FreeFrames == freeFrames, "free-frames", PhysicalMemory.FreeFrames);
        Report.CheckValue(name[1], ExchangeHeap.FreeBlocks == freeBlocks, "free-blocks", (ulong)ExchangeHeap.FreeBlocks);
        Report.CheckValue(name[2], Endpoints.Live == endpoints, "live", (ulong)Endpoints.Live);
        Report.CheckValue(name[3], Scenario.LastService.FaultKind == 0 && Scenario.LastService.ExitCode == 0, "closed-endpoints", (ulong)SipLifecycle.LastClosedEndpoints);
    }
}
