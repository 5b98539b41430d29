using System.Runtime.InteropServices;

namespace Testbed.Host;

/// <summary>
/// A partner thread and the calling thread, both pinned to one CPU, taking
/// turns on one futex word: the caller sets it to 1 and wakes the partner, the partner sets
/// it to 0 and wakes the caller. On one CPU each turn is a context switch between the two.
/// The caller is pinned on its first round trip (BenchmarkDotNet may set up on one thread
/// and measure on another) and unpinned when this is disposed.
/// </summary>
internal sealed unsafe class ThreadPingPong : IDisposable
{
    const int CallerTurn = 0, PartnerTurn = 1, Stop = 2;
    readonly int* _turn = (int*)NativeMemory.AllocZeroed(64);
    readonly Thread _partner;
    readonly CpuPin.Lazy _pin;
    readonly ulong _callerMask = CpuPin.CurrentMask();

    public ThreadPingPong(int cpu)
    {
        _pin = new CpuPin.Lazy(cpu);
        _partner = new Thread(Partner) { IsBackground = true, Name = "ping-pong partner" };
        _partner.Start();
    }

    public void RoundTrip()
    {
        _pin.Ensure();
        Volatile.Write(ref *_turn, PartnerTurn);
        Libc.Futex(Libc.SysFutex, _turn, Libc.FutexWakePrivate, 1, 0, 0, 0);
        while (Volatile.Read(ref *_turn) == PartnerTurn)
            Libc.Futex(Libc.SysFutex, _turn, Libc.FutexWaitPrivate, PartnerTurn, 0, 0, 0);
    }

    void Partner()
    {
        CpuPin.To(_pin.Cpu);
        while (true)
        {
            int turn;
            while ((turn = Volatile.Read(ref *_turn)) == CallerTurn)
                Libc.Futex(Libc.SysFutex, _turn, Libc.FutexWaitPrivate, CallerTurn, 0, 0, 0);
            if (turn == Stop)
                return;
            Volatile.Write(ref *_turn, CallerTurn);
            Libc.Futex(Libc.SysFutex, _turn, Libc.FutexWakePrivate, 1, 0, 0, 0);
        }
    }

    public void Dispose()
    {
        Volatile.Write(ref *_turn, Stop);
        Libc.Futex(Libc.SysFutex, _turn, Libc.FutexWakePrivate, 1, 0, 0, 0);
        _partner.Join();
        CpuPin.Set(_callerMask);
    }
}
