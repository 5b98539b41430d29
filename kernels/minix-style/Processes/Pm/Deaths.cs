// The processes that ended, as PM hears of them (a notification from SYSTEM, then SYS_GETINFO
// until none is left) and keeps them for RS, which asks for each with NextDeath (MINIX 3: PM
// reports a dead child to its parent; RS is the parent of every service; PM's own children
// go to their parents' waits, Children). A fixed ring: every
// slot can end at most once before RS collects it, so a ring of the table's size never overflows.

namespace MinixStyle.Processes.Pm;

public static unsafe class Deaths
{
    private const int Capacity = 16;
    private struct Ring
    {
        public fixed ulong Endpoints[Capacity];
        public fixed ulong Codes[Capacity];
    }
    private static Ring s_ring;
    private static int s_first, s_count;

    /// <summary>Takes every report the kernel holds; true if any was new.</summary>
    public static bool Collect(Message* m)
    {
        bool any = false;
        for (;;)
        {
            *m = default;
            m->Type = KernelCallNumber.GetInfo;
            m->A1 = KernelCallNumber.GetInfoNextDeath;
            if (Ipc.KernelCall(m) != IpcStatus.Ok) return any;
            if (Children.Ended(m->A1, m->A2)) continue;   // PM's own child: its parent's wait hears of it, not RS
            if (s_count == Capacity) continue;      // cannot happen (see above); never block the kernel's reports
            int at = (s_first + s_count) % Capacity;
            s_ring.Endpoints[at] = m->A1;
            s_ring.Codes[at] = m->A2;
            s_count++;
            any = true;
        }
    }

    public static bool Next(out ulong endpoint, out ulong code)
    {
        endpoint = code = 0;
        if (s_count == 0) return false;
        endpoint = s_ring.Endpoints[s_first];
        code = s_ring.Codes[s_first];
        s_first = (s_first + 1) % Capacity;
        s_count--;
        return true;
    }
}
