namespace Testbed.Harness.Profiling;

/// <summary>
/// One stretch of execution between two consecutive rdtsc executions: it starts with an
/// rdtsc (counted) and ends just before the next one. Under icount the TSC counts retired
/// instructions, so a bench sample <c>t1 - t0</c> is exactly the <see cref="Length"/> of
/// the window its two reads open and close. Its path is stored as runs of one symbol.
/// </summary>
public readonly record struct TscWindow(long Start, long Length, int FirstRun, int RunCount);

/// <summary>One run of consecutive instructions in the same symbol.</summary>
public readonly record struct SymbolRun(int Symbol, long Instructions);

/// <summary>
/// Cuts the stream of executed PCs into <see cref="TscWindow"/>s as it arrives, keeping each
/// window only as symbol runs (a 231-instruction round trip is about a dozen runs; a whole
/// singularity boot a few hundred thousand). What comes before the first rdtsc and after the
/// last one is counted but not kept. Each PC is symbolized and decoded once (cached).
/// </summary>
public sealed class TscWindowRecorder(Func<ulong, (int Symbol, bool IsRdtsc)> classify)
{
    readonly Func<ulong, (int Symbol, bool IsRdtsc)> _classify = classify;
    readonly Dictionary<ulong, int> _cache = [];
    readonly List<SymbolRun> _runs = [];
    readonly List<TscWindow> _windows = [];
    long _instructions;
    long _windowStart = -1;
    int _windowFirstRun;

    const int RdtscFlag = 1 << 30;

    public TscWindowRecorder(Symbolizer symbolizer) : this(pc => (symbolizer.IdOf(pc), symbolizer.IsRdtsc(pc))) { }

    /// <summary>Every instruction seen, including those outside any window.</summary>
    public long Instructions => _instructions;

    public IReadOnlyList<TscWindow> Windows => _windows;

    public IReadOnlyList<SymbolRun> Runs => _runs;

    /// <summary>The runs of one window, in execution order.</summary>
    public IEnumerable<SymbolRun> RunsOf(TscWindow window) =>
        Enumerable.Range(window.FirstRun, window.RunCount).Select(i => _runs[i]);

    public void Add(ulong pc)
    {
        if (!_cache.TryGetValue(pc, out int entry))
        {
            var (symbol, isRdtsc) = _classify(pc);
            entry = symbol | (isRdtsc ? RdtscFlag : 0);
            _cache.Add(pc, entry);
        }
        int id = entry & ~RdtscFlag;

        if ((entry & RdtscFlag) != 0)
        {
            if (_windowStart >= 0)
                _windows.Add(new TscWindow(_windowStart, _instructions - _windowStart, _windowFirstRun, _runs.Count - _windowFirstRun));
            _windowStart = _instructions;
            _windowFirstRun = _runs.Count;
        }
        _instructions++;

        if (_windowStart < 0)
            return;
        if (_runs.Count > _windowFirstRun && _runs[^1].Symbol == id)
            _runs[^1] = _runs[^1] with { Instructions = _runs[^1].Instructions + 1 };
        else
            _runs.Add(new SymbolRun(id, 1));
    }
}
