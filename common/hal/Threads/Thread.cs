// A thread: a kernel stack, the stack pointer saved at its last switch, and the address
// space it runs in. The HAL provides the mechanism (create, switch); each personality
// owns its scheduling policy. The first run of a thread goes through the same switch
// routine as every later one, from a stack prepared to look like a saved thread.
using System.Runtime;
using System.Runtime.CompilerServices;

namespace Testbed.Hal;

public enum ThreadState { Ready, Running, Blocked, Dead }

public sealed unsafe class Thread
{
    public const int KernelStackSize = 16 * 1024;
    private const int FxAreaSize = 512;
    private const ushort DefaultFpuControl = 0x037F;
    private const uint DefaultMxcsr = 0x1F80;

    [MethodImpl(MethodImplOptions.InternalCall), RuntimeImport("*", "tb_context_switch")] private static extern void ContextSwitch(ulong* saveRsp, ulong nextRsp);
    [MethodImpl(MethodImplOptions.InternalCall), RuntimeImport("*", "tb_set_syscall_kernel_rsp")] private static extern void SetSyscallKernelStack(ulong top);
    [MethodImpl(MethodImplOptions.InternalCall), RuntimeImport("*", "tb_kernel_thread_start_address")] private static extern ulong KernelThreadStart();
    [MethodImpl(MethodImplOptions.InternalCall), RuntimeImport("*", "tb_user_thread_start_address")] private static extern ulong UserThreadStart();

    private static int s_nextId;
    private static void* s_freeStacks;      // recycled kernel stacks, linked through their first word

    private static Thread s_current;
    public static Thread Current { get => s_current; private set => s_current = value; }

    // For a personality's assembly fast path that switches between its own ring-0 threads
    // without SwitchTo (kernels/singularity/Ipc/channel_fastpath.S): where the running
    // thread is recorded, and where a thread's saved stack pointer and state live. Nothing
    // moves (no GC), so these addresses stay valid; the fast path must save the same stack
    // picture as tb_context_switch, because SwitchTo may resume what it saved and vice versa.
    public static ulong CurrentSlotAddress => (ulong)Unsafe.AsPointer(ref s_current);
    public ulong SavedRspAddress => (ulong)Unsafe.AsPointer(ref _savedRsp);
    public ulong StateAddress => (ulong)Unsafe.AsPointer(ref State);

    public int Id { get; }
    public ThreadState State;
    /// <summary>Null for kernel threads: they run in whatever space is active (the kernel half is shared).</summary>
    public AddressSpace Space { get; }
    /// <summary>The personality's own record for this thread (process, SIP, TCB).</summary>
    public object Owner;
    public Thread NextInQueue;

    private ulong _savedRsp;
    private readonly ulong _stackBase;
    private readonly bool _callerStack;     // the stack belongs to the caller (not recycled by ReleaseStack)
    public ulong KernelStackTop { get; }

    private Thread(AddressSpace space, ulong stackBase, ulong stackTop, bool callerStack = false)
    {
        _callerStack = callerStack;
        // A ring-0-only thread on its owner's stack never enters from ring 3: it needs no
        // TSS or syscall stack, so SwitchTo skips setting them.
        if (callerStack) stackTop = 0;
        Id = s_nextId++;
        Space = space;
        _stackBase = stackBase;
        KernelStackTop = stackTop;
        State = ThreadState.Ready;
    }

    internal static void Initialize()
    {
        // The boot thread: it already runs, on the boot stack; its state is saved at its first switch.
        Current = new Thread(null, 0, 0);
        Current.State = ThreadState.Running;
        SwitchFrameLayout.Check();
    }

    /// <summary>A ring-0 thread that calls entry(argument), then exitHook() if entry returns.</summary>
    public static Thread CreateKernel(delegate*<ulong, void> entry, ulong argument, delegate*<void> exitHook)
    {
        ulong stackBase = AllocateStack();
        ulong top = stackBase + KernelStackSize;
        var thread = new Thread(null, stackBase, top);
        thread._savedRsp = PrepareKernelStack((ulong*)top, entry, argument, exitHook, KernelThreadStart());
        return thread;
    }

    /// <summary>
    /// A ring-0 thread like <see cref="CreateKernel"/>, but on a stack the caller provides
    /// (for example pages a personality maps with a guard page below and charges to a
    /// process, as Singularity's SIPs need). The stack must be 16-byte aligned at its top.
    /// Such a thread runs in ring 0 only (its KernelStackTop is 0: no TSS stack to set).
    /// </summary>
    public static Thread CreateKernelOnStack(delegate*<ulong, void> entry, ulong argument, delegate*<void> exitHook, ulong stackBase, ulong stackTop)
    {
        var thread = new Thread(null, stackBase, stackTop, callerStack: true);
        thread._savedRsp = PrepareKernelStack((ulong*)stackTop, entry, argument, exitHook, KernelThreadStart());
        return thread;
    }

    /// <summary>A ring-3 thread in <paramref name="space"/>, starting at rip with rsp and rdi = argument.</summary>
    public static Thread CreateUser(AddressSpace space, ulong rip, ulong rsp, ulong argument)
    {
        ulong stackBase = AllocateStack();
        ulong top = stackBase + KernelStackSize;
        var thread = new Thread(space, stackBase, top);
        thread._savedRsp = PrepareUserStack((ulong*)top, rip, rsp, argument);
        return thread;
    }

    /// <summary>
    /// Makes a ring-3 thread that will never resume what it was doing start afresh at rip
    /// with rsp and rdi = argument, on the kernel stack it already has: how a personality
    /// restarts a process in place without allocating (MINIX 3's reincarnation server,
    /// kernels/minix-style). It must not be the running thread.
    /// </summary>
    public void ResetUser(ulong rip, ulong rsp, ulong argument)
    {
        if (this == Current || Space == null || KernelStackTop == 0) Panic.Halt("resetting a running or ring-0 thread");
        _savedRsp = PrepareUserStack((ulong*)KernelStackTop, rip, rsp, argument);
        State = ThreadState.Ready;
    }

    // A ring-3 thread's first picture below top: the iretq frame into ring 3 (with IF set),
    // zeroed general registers but rdi, and the address tb_context_switch returns to.
    private static ulong PrepareUserStack(ulong* top, ulong rip, ulong rsp, ulong argument)
    {
        ulong* slot = top;
        *--slot = Segments.UserData;                // ss
        *--slot = rsp;
        *--slot = 0x202;                            // rflags: IF
        *--slot = Segments.UserCode;                // cs
        *--slot = rip;
        *--slot = 0;                                // error code
        *--slot = 0;                                // vector
        for (int i = 0; i < 15; i++) *--slot = 0;   // rax ... r15
        ((InterruptFrame*)slot)->Rdi = argument;
        *--slot = UserThreadStart();
        return PushSavedRegisters(slot, 0x002);
    }

    // A kernel thread's first picture below top: what tb_kernel_thread_start pops (argument,
    // entry, exit hook), the address tb_context_switch returns to, and the saved registers.
    // Threads/SwitchFrameLayout.cs builds one at boot and checks it against context_switch.S.
    internal static ulong PrepareKernelStack(ulong* top, delegate*<ulong, void> entry, ulong argument, delegate*<void> exitHook, ulong start)
    {
        ulong* slot = top;
        *--slot = 0;                                // padding: keeps the exit hook 16-byte aligned
        *--slot = (ulong)exitHook;
        *--slot = (ulong)entry;
        *--slot = argument;
        *--slot = start;                            // where tb_context_switch returns to
        return PushSavedRegisters(slot, 0x202);
    }

    // Six callee-saved registers, rflags and a clean FPU/SSE state, as tb_context_switch saves them.
    internal static ulong PushSavedRegisters(ulong* slot, ulong rflags)
    {
        *--slot = rflags;
        for (int i = 0; i < 6; i++) *--slot = 0;
        byte* fx = (byte*)slot - FxAreaSize;
        for (int i = 0; i < FxAreaSize; i++) fx[i] = 0;
        *(ushort*)fx = DefaultFpuControl;
        *(uint*)(fx + 24) = DefaultMxcsr;
        return (ulong)fx;
    }

    /// <summary>Runs <paramref name="next"/> now; returns when someone switches back to this thread.</summary>
    public static void SwitchTo(Thread next)
    {
        Thread previous = Current;
        if (next == previous) return;
        Current = next;
        if (previous.State == ThreadState.Running) previous.State = ThreadState.Ready;
        next.State = ThreadState.Running;
        if (next.KernelStackTop != 0)
        {
            Tss.SetKernelStack(next.KernelStackTop);
            SetSyscallKernelStack(next.KernelStackTop);
        }
        if (next.Space != null) next.Space.Activate();
        ContextSwitch((ulong*)Unsafe.AsPointer(ref previous._savedRsp), next._savedRsp);
    }

    /// <summary>Returns the kernel stack of a dead thread that will never run again.</summary>
    public void ReleaseStack()
    {
        if (this == Current || _stackBase == 0) Panic.Halt("releasing a running thread's stack");
        if (_callerStack) return;   // its owner frees it
        *(void**)_stackBase = s_freeStacks;
        s_freeStacks = (void*)_stackBase;
    }

    private static ulong AllocateStack()
    {
        if (s_freeStacks != null)
        {
            void* stack = s_freeStacks;
            s_freeStacks = *(void**)stack;
            return (ulong)stack;
        }
        void* memory = KernelHeap.Allocate(KernelStackSize, 16);
        if (memory == null) Panic.Halt("out of kernel stacks");
        return (ulong)memory;
    }
}
