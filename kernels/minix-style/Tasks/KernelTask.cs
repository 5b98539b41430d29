// A kernel task (MINIX 3: the system and clock tasks): a HAL kernel thread in the kernel's
// address space that takes a process-table slot and is scheduled like any process.
namespace MinixStyle.Tasks;

public static unsafe class KernelTask
{
    public static void Start(int slot, int endpoint, int priority, Privileges privileges, delegate*<ulong, void> body, delegate*<void> ended)
    {
        Thread thread = Thread.CreateKernel(body, 0, ended);
        ProcessTable.Threads[slot] = thread;
        ref Proc p = ref ProcessTable.Procs[slot];
        p.InUse = true;
        p.Endpoint = endpoint;
        p.Priority = p.BasePriority = priority;
        p.Privileges = privileges;
        thread.State = ThreadState.Ready;
        Scheduler.Admit(slot);
    }
}
