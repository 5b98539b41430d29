// Tasks and scheduling: a task's end reaches its pager as an exit message; a spinning
// task at our priority does not keep us off the processor (timer preemption), and a
// receive with a finite timeout returns when the time is up.
using L4Style.Abi;
using L4Style.Processes.UserLib;

namespace L4Style.Processes.Root.Checks;

public static class TaskChecks
{
    public static void Run()
    {
        Peer quitter = Peers.Start(PeerMode.ExitAtOnce);
        Message m = default;
        IpcResult r = Ipc.Receive(ref m, quitter.Slot);
        Kdb.Check("task.exit-message-to-pager", r.Ok && r.Kind == Kind.Exit && m.Mr0 == 7 && m.Mr3 == quitter.Task, "code", m.Mr0);
        Peers.Destroy(quitter);

        Peer spinner = Peers.Start(PeerMode.Spinner);
        ulong start = Kernel.ReadTsc();
        m = default;
        r = Ipc.ReceiveFor(ref m, 5, spinner.Slot);
        ulong waited = Kernel.ReadTsc() - start;
        Kdb.Check("sched.preemption-and-receive-timeout", r.Status == Status.Timeout, "waited", waited);
        Peers.Destroy(spinner);
    }
}
