// The process calls as a program makes them (MINIX 3: libc's fork, execve, waitpid, kill and
// pause, each a message to PM): a user process may only sendrec to PM, so every one is a request
// to PM, which makes the kernel calls (SYS_FORK, SYS_EXEC, SYS_KILL, SYS_CLEAR). Exit is
// ProcessExit's. Returns IpcStatus where a call can fail.
using System.Runtime.CompilerServices;

namespace MinixStyle.Processes.MinixLib;

public static unsafe class ProcessCalls
{
    /// <summary>What fork_trap.S keeps for the child: rbx, rbp, r12-r15, the return address, the stack pointer.</summary>
    private struct ForkContext { public fixed ulong Words[8]; }

    [MethodImpl(MethodImplOptions.InternalCall), RuntimeImport("*", "minix_fork_trap")] private static extern long ForkTrap(Message* m, ForkContext* context);
    [MethodImpl(MethodImplOptions.InternalCall), RuntimeImport("*", "minix_fork_child_address")] private static extern ulong ChildEntry();

    private static ForkContext s_context;
    private static MessageRoom s_room;

    /// <summary>The child's endpoint in the parent, 0 in the child, or a negative IpcStatus.</summary>
    public static long Fork()
    {
        Message* m = Build(PmRequest.Fork);
        ForkContext* context = (ForkContext*)Unsafe.AsPointer(ref s_context);
        m->A1 = ChildEntry();
        m->A2 = (ulong)context;
        // The child's first stack pointer: any user address, since the trampoline loads its own from the context before it uses the stack.
        m->A3 = (ulong)context;
        long status = ForkTrap(m, context);
        if (status == 1) return 0;
        if (status != IpcStatus.Ok) return status;
        return (long)m->A3 != IpcStatus.Ok ? (long)m->A3 : (long)m->A1;
    }

    /// <summary>Replaces this process by the boot module <paramref name="name"/> (at most 16 bytes), started with <paramref name="argument"/>; returns only if that failed.</summary>
    public static long Exec(string name, ulong argument)
    {
        Message* m = Build(PmRequest.Exec);
        if (name.Length == 0 || name.Length > 16) return IpcStatus.BadCall;
        for (int i = 0; i < name.Length; i++)
            if (i < 8) m->A1 |= (ulong)(byte)name[i] << (8 * i);
            else m->A2 |= (ulong)(byte)name[i] << (8 * (i - 8));
        m->A3 = argument;
        long status = Ipc.SendRec(Endpoint.Pm, m);
        return status != IpcStatus.Ok ? status : (long)m->A3;
    }

    /// <summary>Waits until the child <paramref name="child"/> (or any, Endpoint.Any) ends: its endpoint, and its exit code in <paramref name="code"/>; a negative IpcStatus if there is none.</summary>
    public static long Wait(int child, out int code)
    {
        Message* m = Build(PmRequest.Wait);
        m->A1 = (ulong)(long)child;
        long status = Ipc.SendRec(Endpoint.Pm, m);
        code = (int)(long)m->A2;
        if (status != IpcStatus.Ok) return status;
        return (long)m->A3 != IpcStatus.Ok ? (long)m->A3 : (long)m->A1;
    }

    /// <summary>Ends the child <paramref name="child"/> (its wait reports PmRequest.KilledExitCode).</summary>
    public static long Kill(int child)
    {
        Message* m = Build(PmRequest.Kill);
        m->A1 = (ulong)(long)child;
        long status = Ipc.SendRec(Endpoint.Pm, m);
        return status != IpcStatus.Ok ? status : (long)m->A3;
    }

    /// <summary>Waits to be killed (PM never answers); returns only if the request failed.</summary>
    public static long Pause() => Ipc.SendRec(Endpoint.Pm, Build(PmRequest.Pause));

    private static Message* Build(int type)
    {
        Message* m = MessageRoom.Aligned(ref s_room);
        *m = default;
        m->Type = type;
        return m;
    }
}
