// A channel (paper section 2.2): two endpoints, bidirectional and asynchronous, governed
// by a contract. The kernel keeps the contract's transition table (copied from the
// exporting SIP's generated code when it registered) and the channel's protocol state,
// and checks every send against it: a SIP that sends a message its contract does not
// allow in the current state is killed. The generated endpoint code refuses the same
// sends at compile time where it can see them (Build/Contracts). The state lives in both
// ends' cells, where the channel fast path reads and advances it.
namespace Singularity.Ipc;

public sealed unsafe class Channel
{
    public const int Importer = 0, Exporter = 1;

    private readonly ContractTable _contract;
    private EndpointCell* _importer, _exporter;     // null once that end was closed (its cell may be reused)
    private int _state;                             // the state when neither end is attached

    public Channel(ContractTable contract) { _contract = contract; }

    public void Attach(Endpoint importer, Endpoint exporter)
    {
        _importer = importer.Cell;
        _exporter = exporter.Cell;
    }

    public sbyte* Row(int side) => _contract.Row(side);

    public void Detach(Endpoint end)
    {
        _state = State;
        if (end.Cell == _importer) _importer = null;
        if (end.Cell == _exporter) _exporter = null;
    }

    public int State
    {
        get => _importer != null ? _importer->State : _exporter != null ? _exporter->State : _state;
        set
        {
            _state = value;
            if (_importer != null) _importer->State = value;
            if (_exporter != null) _exporter->State = value;
        }
    }

    /// <summary>The state after <paramref name="side"/> sends <paramref name="tag"/> now, or -1 if the contract forbids it.</summary>
    public int Next(int side, ulong tag) => _contract.Next(State, side, tag);
}
