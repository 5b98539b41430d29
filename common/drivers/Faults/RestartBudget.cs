// When a driver's manager stops restarting it: after MaxRestarts restarts within
// WindowTicks of each other's first (a persistent fault, `fault=ata:null-deref@3!`, fails
// every new instance, and restarting it forever would hide that the driver is lost).
// MINIX 3's reincarnation server backs off between restarts of a driver that keeps dying
// (Herder et al., DSN 2009, section 3); Nooks' recovery agent retries a bounded number of
// times. One rule for every kernel, so "lost" means the same thing in all of them; the
// kernel decides what a lost driver's clients see and reports `recovery` with
// state "gave-up" (common/protocol/PROTOCOL.md). Plain struct, no allocation: ring 0,
// ring 3 and the harness's tests run it.
namespace Testbed.Drivers.Faults;

public struct RestartBudget
{
    /// <summary>Restarts allowed within one window; the next failure in it gives up.</summary>
    public const uint MaxRestarts = 3;
    /// <summary>
    /// The window: 1 G TSC ticks (1 s at 1 GHz; under TCG icount, 1 G guest instructions,
    /// halted time included). Long against a recovery (a few million) and against the
    /// devices' waits between requests (a driver that fails every few requests spends
    /// milliseconds of receive timeouts between failures), short against a boot's life.
    /// </summary>
    public const ulong WindowTicks = 1_000_000_000;

    private ulong _windowStart;
    private uint _inWindow;

    /// <summary>Restarts in the current window (the count a gave-up record reports).</summary>
    public readonly uint RestartsInWindow => _inWindow;

    /// <summary>
    /// A failure was detected at <paramref name="now"/> (TSC): true if the driver may be
    /// restarted (and counts the restart), false if the budget is spent: give up.
    /// </summary>
    public bool TryRestart(ulong now)
    {
        if (_inWindow == 0 || now - _windowStart > WindowTicks)
        {
            _windowStart = now;
            _inWindow = 0;
        }
        if (_inWindow >= MaxRestarts) return false;
        _inWindow++;
        return true;
    }
}
