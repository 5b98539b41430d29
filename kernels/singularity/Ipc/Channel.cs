// A channel (paper section 2.2): two endpoints, bidirectional and asynchronous, governed
// by a contract. The kernel keeps the contract's transition table (copied from the
// exporting SIP's generated code when it registered) and the channel's protocol state,
// and checks every send against it: a SIP that sends a message its contract does not
// allow in the current state is killed. The generated endpoint code refuses the same
// sends at compile time where it can see them (Build/Contracts).
namespace Singularity.Ipc;

public sealed class Channel
{
    public const int Importer = 0, Exporter = 1;

    private readonly ContractTable _contract;
    public int State;

    public Channel(ContractTable contract) { _contract = contract; }

    /// <summary>The state after <paramref name="side"/> sends <paramref name="tag"/> now, or -1 if the contract forbids it.</summary>
    public int Next(int side, ulong tag) => _contract.Next(State, side, tag);
}
