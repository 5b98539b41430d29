// Task create + start + exit: from the create call to the pager's receipt of the task's
// exit message (image loaded from its boot module, first thread run, runtime started,
// main returned, exit message sent); then the destruction, measured separately.
using L4Style.Abi;
using L4Style.Processes.UserLib;
using Testbed.Guest.Measure;

namespace L4Style.Processes.Root.Benchmarks;

public static class TaskBenchmarks
{
    public static void Run(int iterations)
    {
        int count = iterations < 100 ? iterations : 100;
        ulong[] lifetimes = new ulong[count];
        ulong[] destroys = new ulong[count];
        ulong perturb = KernelCommandLine.Words.Breaks("bench.task.create-start-exit.replies") ? 1UL : 0;
        ulong wrong = 0;
        for (int i = 0; i < count; i++)
        {
            ulong start = Tsc.Open();
            Peer peer = Peers.Start(PeerMode.ExitAtOnce);
            Message m = default;
            Ipc.Receive(ref m, peer.Slot);
            ulong exited = Tsc.Close();
            Peers.Destroy(peer);
            ulong destroyed = Kernel.ReadTsc();
            lifetimes[i] = exited - start;
            destroys[i] = destroyed - exited;
            if (m.Mr0 + perturb != 7 || m.Mr3 != peer.Task) wrong++;
        }
        Kdb.Check("bench.task.create-start-exit.replies", wrong == 0, "wrong", wrong);
        Kdb.Bench("task.create-start-exit", lifetimes, count, "new task from a boot module until its exit message reaches the pager");
        Kdb.Bench("task.destroy", destroys, count, "task destroy: threads, mappings, frames, page tables");
    }
}
