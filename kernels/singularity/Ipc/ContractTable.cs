// A contract's state machine as the kernel checks it: the (state, tag, side, next) rows
// that the exporting SIP's generated code registered, compiled once at registration into
// a dense table so that the check on every send is one bounds test and one load.
namespace Singularity.Ipc;

public sealed class ContractTable
{
    public const int MaxStates = 32, MaxTags = 32;

    private readonly sbyte[] _next;     // [(state * tags + tag) * 2 + side] -> next state, -1 if not allowed
    private readonly int _states, _tags;

    private ContractTable(int states, int tags)
    {
        _states = states;
        _tags = tags;
        _next = new sbyte[states * tags * 2];
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
        var table = new ContractTable((int)states, (int)tags);
        for (int i = 0; i < rows.Length; i += 4)
            table._next[(rows[i] * tags + rows[i + 1]) * 2 + rows[i + 2]] = (sbyte)rows[i + 3];
        return table;
    }

    public int Next(int state, int side, ulong tag)
    {
        if (tag >= (ulong)_tags) return -1;
        return _next[(state * _tags + (int)tag) * 2 + side];
    }
}
