// A contract's state machine as the kernel checks it: the (state, tag, side, next) rows
// that the exporting SIP's generated code registered, compiled once at registration into
// a dense table so that the check on every send is one bounds test and one load (the
// channel fast path does the same in assembly on a side's row, Ipc/channel_fastpath.S).

namespace Singularity.Ipc;

public sealed unsafe class ContractTable
{
    public const int MaxStates = 32, MaxTags = FastPath.MaxTags;

    private readonly sbyte[] _next;     // [(side * states + state) * MaxTags + tag] -> next state, -1 if not allowed
    private readonly int _states;

    private ContractTable(int states)
    {
        _states = states;
        _next = new sbyte[2 * states * MaxTags];
        for (int i = 0; i < _next.Length; i++) _next[i] = -1;
    }

    /// <summary>Compiles the rows; null if they are malformed (the registration is refused).</summary>
    public static ContractTable Compile(long[] rows)
    {
        if ((object)rows == null || rows.Length == 0 || rows.Length % 4 != 0) return null;
        long states = 0, tags = 0;
        for (int i = 0; i < rows.Length; i += 4)
        {
            if (rows[i] < 0 || rows[i + 3] < 0 || rows[i + 1] < 0 || (ulong)rows[i + 2] > 1) return null;
            if (rows[i] + 1 > states) states = rows[i] + 1;
            if (rows[i + 3] + 1 > states) states = rows[i + 3] + 1;
            if (rows[i + 1] + 1 > tags) tags = rows[i + 1] + 1;
        }
        if (states > MaxStates || tags > MaxTags) return null;
        var table = new ContractTable((int)states);
        for (int i = 0; i < rows.Length; i += 4)
            table._next[(rows[i + 2] * states + rows[i]) * MaxTags + rows[i + 1]] = (sbyte)rows[i + 3];
        return table;
    }

    public int Next(int state, int side, ulong tag)
    {
        if (tag >= MaxTags || (uint)state >= (uint)_states) return -1;
        return _next[(side * _states + state) * MaxTags + (int)tag];
    }

    /// <summary>The row block of one side, for the fast path: next state = Row[state * MaxTags + tag]. Arrays never move.</summary>
    public sbyte* Row(int side) => (sbyte*)Unsafe.AsPointer(ref _next[side * _states * MaxTags]);
}
