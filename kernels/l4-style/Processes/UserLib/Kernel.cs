// Kernel calls that are not IPC, with their arguments in message registers.
using System.Runtime;
using System.Runtime.CompilerServices;
using L4Style.Abi;

namespace L4Style.Processes.UserLib;

public static unsafe class Kernel
{
    [MethodImpl(MethodImplOptions.InternalCall), RuntimeImport("*", "l4_user_rdtsc")]
    public static extern ulong ReadTsc();

    [MethodImpl(MethodImplOptions.InternalCall), RuntimeImport("*", "l4_thread_start_address")]
    private static extern ulong ThreadStartAddress();

    public static ulong Invoke(ulong op, ref Message m)
    {
        m.Descriptor = op;
        fixed (Message* p = &m) return Ipc.Raw(p) & 0xFF;
    }

    public static ulong Invoke(ulong op, ulong a0 = 0, ulong a1 = 0, ulong a2 = 0, ulong a3 = 0)
    {
        Message m = default;
        m.Mr0 = a0; m.Mr1 = a1; m.Mr2 = a2; m.Mr3 = a3;
        return Invoke(op, ref m);
    }

    /// <summary>The null system call through the smallest stub (l4_null_syscall).</summary>
    [MethodImpl(MethodImplOptions.InternalCall), RuntimeImport("*", "l4_null_syscall")]
    public static extern ulong Null();

    /// <summary>A new thread in this task running function(argument) on the stack ending at stackTop (16-byte aligned).</summary>
    public static ulong CreateThread(delegate*<ulong, ulong> function, ulong argument, ulong stackTop, int priority, out ulong slot)
    {
        ulong* top = (ulong*)stackTop;
        top[-2] = (ulong)function;
        top[-1] = argument;
        Message m = default;
        m.Mr0 = ThreadStartAddress();
        m.Mr1 = stackTop - 16;
        m.Mr2 = 0;
        m.Mr3 = (ulong)priority;
        ulong status = Invoke(Op.ThreadCreate, ref m);
        slot = m.Mr1;
        return status == Status.Ok ? m.Mr0 : 0;
    }

    public static ulong Ticks()
    {
        Message m = default;
        Invoke(Op.Ticks, ref m);
        return m.Mr0;
    }

    /// <summary>Time stamp counter ticks the kernel has spent halted, waiting (for benchmarks to subtract).</summary>
    public static ulong HaltedTsc()
    {
        Message m = default;
        Invoke(Op.Ticks, ref m);
        return m.Mr1;
    }

    public static void Exit(ulong code)
    {
        Invoke(Op.ThreadExit, code);
        while (true) { }
    }

    [RuntimeExport("l4_thread_exit")]
    private static void ThreadExit(ulong code) => Exit(code);

    /// <summary>Unmaps (revokes) an fpage; returns the number of pages found mapped.</summary>
    public static ulong Unmap(ulong fpage, bool self)
    {
        Message m = default;
        m.Mr0 = fpage;
        m.Mr1 = self ? 1UL : 0;
        Invoke(Op.Unmap, ref m);
        return m.Mr0;
    }
}
