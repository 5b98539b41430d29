// A driver SIP's recovery time and its parts (docs/recovery.md), one sample per recovery,
// from RecoveryStamps: total = fault entry -> the client holds its first successful reply
// after it, halted time subtracted; the parts are the same subtraction between consecutive
// points (detect, teardown, reload, reinit, replay), so each sample's parts add up to its
// total (a check says so; the medians of the parts need not add up to the total's median).
using Singularity.Drivers;
using Testbed.Guest.Measure;
using Testbed.Hal;

namespace Singularity.Benchmarks;

public sealed class RecoveryFigures
{
    public const int Rows = 6;

    private static readonly string[] s_what =
    [
        RecoveryTime.Definition,
        "part of recovery: fault entry -> the kernel's manager thread takes the dead SIP; halted time subtracted",
        "part of recovery: -> the dead SIP reclaimed (endpoints closed, exchange blocks, image frames, DMA memory); halted time subtracted",
        "part of recovery: -> a new instance loaded from the pristine boot module, its thread ready; halted time subtracted",
        "part of recovery: -> the new instance's initialisation until it registers its service path (ready to serve); halted time subtracted",
        "part of recovery: -> the client reconnects, re-issues the request and holds its reply; halted time subtracted",
    ];

    private readonly string[] _names;
    private readonly ulong[] _values;
    private readonly int _capacity;
    private int _count;
    private bool _sumsAgree = true;

    /// <param name="names">recovery.&lt;driver&gt; and its parts, in RecoveryStamps.Points' order.</param>
    public RecoveryFigures(string[] names, int capacity)
    {
        _names = names;
        _capacity = capacity;
        _values = new ulong[Rows * capacity];
    }

    public int Count => _count;

    /// <summary>Takes the last recovery's sample; false (and nothing taken) if a point is missing.</summary>
    public bool Add()
    {
        RecoveryStamp[] points = RecoveryStamps.Points();
        for (int p = 0; p < points.Length; p++)
            if (!points[p].IsSet) return false;
        if (_count == _capacity) return false;
        ulong total = RecoveryTime.Between(points[0], points[Rows - 1]);
        if (total == 0) return false;
        ulong sum = 0;
        _values[_count] = total;
        for (int p = 1; p < Rows; p++)
        {
            ulong part = RecoveryTime.Between(points[p - 1], points[p]);
            _values[p * _capacity + _count] = part;
            sum += part;
        }
        if (sum != total) _sumsAgree = false;
        _count++;
        return true;
    }

    /// <summary>The bench rows (total first), and the check that every sample's parts add up to its total.</summary>
    public void Report(string sumCheckName)
    {
        if (_count == 0) return;
        var column = new ulong[_capacity];
        for (int row = 0; row < Rows; row++)
        {
            for (int i = 0; i < _count; i++) column[i] = _values[row * _capacity + i];
            Testbed.Hal.Report.Bench(_names[row], Summary.Of(column, _count), s_what[row]);
        }
        Testbed.Hal.Report.CheckValue(sumCheckName, _sumsAgree, "samples", (ulong)_count);
    }
}
