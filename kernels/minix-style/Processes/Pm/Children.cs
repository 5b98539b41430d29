// The processes PM started with fork, each with its parent, until the parent has waited for it
// (MINIX 3: servers/pm's mproc table with its parent field and the ZOMBIE state, do_waitpid and
// the tell-parent step of exit). A child that ends is a zombie until its parent's wait collects
// its exit code; then PM reaps it (SYS_CLEAR: its frames back, its slot free for the next fork).
// A parent blocked in its wait gets the reply when its child ends. A fixed table: PM has no heap
// to grow, and the kernel has only so many child slots.

namespace MinixStyle.Processes.Pm;

public static unsafe class Children
{
    private const int Capacity = 8;
    private const int Free = 0, Running = 1, Zombie = 2;
    private struct Table
    {
        public fixed int Endpoint[Capacity];
        public fixed int Parent[Capacity];
        public fixed int State[Capacity];
        public fixed int Code[Capacity];
        /// <summary>Per parent entry: the endpoint its wait names (a child or Any) while the parent waits, else Endpoint.None.</summary>
        public fixed int WaitsFor[Capacity];
    }
    private static Table s_t;
    private static MessageRoom s_room;

    /// <summary>Records a new child; false if the table is full (PM then does not fork).</summary>
    public static bool HasRoom()
    {
        for (int i = 0; i < Capacity; i++)
            if (s_t.State[i] == Free) return true;
        return false;
    }

    public static void Forked(int child, int parent)
    {
        for (int i = 0; i < Capacity; i++)
        {
            if (s_t.State[i] != Free) continue;
            s_t.Endpoint[i] = child;
            s_t.Parent[i] = parent;
            s_t.State[i] = Running;
            s_t.WaitsFor[i] = Abi.Endpoint.None;
            return;
        }
    }

    public static bool IsLiveChildOf(int child, int parent)
    {
        int i = Find(child);
        return i >= 0 && s_t.State[i] == Running && s_t.Parent[i] == parent;
    }

    /// <summary>
    /// A wait by <paramref name="parent"/> for <paramref name="which"/>: true if <paramref name="reply"/> is to be
    /// sent now (a zombie reaped, or no such child), false if the parent waits for one to end.
    /// </summary>
    public static bool Wait(int parent, int which, Message* reply)
    {
        bool any = false;
        for (int i = 0; i < Capacity; i++)
        {
            if (s_t.State[i] == Free || s_t.Parent[i] != parent) continue;
            if (which != Abi.Endpoint.Any && s_t.Endpoint[i] != which) continue;
            if (s_t.State[i] == Zombie)
            {
                Collected(i, reply);
                return true;
            }
            any = true;
        }
        if (!any)
        {
            reply->A3 = unchecked((ulong)IpcStatus.BadEndpoint);   // MINIX: ECHILD
            return true;
        }
        // Kept in the entry of a live child it waits for: that is where its end looks.
        for (int i = 0; i < Capacity; i++)
            if (s_t.State[i] == Running && s_t.Parent[i] == parent) s_t.WaitsFor[i] = which;
        return false;
    }

    /// <summary>A report of an ended process: true if it was one of PM's children (its parent's, not RS's, to hear of).</summary>
    public static bool Ended(ulong endpoint, ulong code)
    {
        int i = Find((int)(long)endpoint);
        // A parent that ends leaves its children to nobody: they are reaped as soon as they end.
        for (int c = 0; c < Capacity; c++)
        {
            if (s_t.State[c] == Free || s_t.Parent[c] != (int)(long)endpoint) continue;
            s_t.Parent[c] = Abi.Endpoint.None;
            if (s_t.State[c] == Zombie) Reap(c);
        }
        if (i < 0 || s_t.State[i] != Running) return false;
        s_t.State[i] = Zombie;
        s_t.Code[i] = (int)(long)code;
        int parent = s_t.Parent[i];
        if (parent == Abi.Endpoint.None)
        {
            Reap(i);
            return true;
        }
        int waits = s_t.WaitsFor[i];
        if (waits != Abi.Endpoint.Any && waits != s_t.Endpoint[i]) return true;
        for (int c = 0; c < Capacity; c++)
            if (s_t.Parent[c] == parent) s_t.WaitsFor[c] = Abi.Endpoint.None;
        Message* m = MessageRoom.Aligned(ref s_room);
        *m = default;
        m->Type = PmRequest.Reply;
        Collected(i, m);
        // The parent waits in its sendrec for PM's reply: delivered at once, PM never blocks.
        Ipc.SendNb(parent, m);
        return true;
    }

    private static void Collected(int i, Message* reply)
    {
        reply->A1 = (ulong)(long)s_t.Endpoint[i];
        reply->A2 = (ulong)(long)s_t.Code[i];
        reply->A3 = 0;
        Reap(i);
    }

    private static void Reap(int i)
    {
        Sys.Call(KernelCallNumber.Clear, (ulong)(long)s_t.Endpoint[i], 0, 0, 0, out _);
        s_t.State[i] = Free;
    }

    private static int Find(int endpoint)
    {
        for (int i = 0; i < Capacity; i++)
            if (s_t.State[i] != Free && s_t.Endpoint[i] == endpoint) return i;
        return -1;
    }
}
