// Kernel calls and one-word requests as functions (MINIX 3: libsys's sys_* and _taskcall):
// the message is built in a static room, sent, and the answer read back. Returns IpcStatus.

namespace MinixStyle.Processes.MinixLib;

public static unsafe class Sys
{
    private static MessageRoom s_room;

    /// <summary>Kernel call <paramref name="call"/> with up to four arguments; its first answer word in <paramref name="answer"/>.</summary>
    public static long Call(int call, ulong a1, ulong a2, ulong a3, ulong a4, out ulong answer)
    {
        Message* m = Build(call, a1, a2, a3);
        m->A4 = a4;
        long status = Ipc.KernelCall(m);
        answer = m->A1;
        return status;
    }

    /// <summary>Kernel call <paramref name="call"/> with six arguments (SYS_SAFECOPY's); its first two answer words in <paramref name="answer1"/> and <paramref name="answer2"/>.</summary>
    public static long Call6(int call, ulong a1, ulong a2, ulong a3, ulong a4, ulong a5, ulong a6, out ulong answer1, out ulong answer2)
    {
        Message* m = Build(call, a1, a2, a3);
        m->A4 = a4; m->A5 = a5; m->A6 = a6;
        long status = Ipc.KernelCall(m);
        answer1 = m->A1;
        answer2 = m->A2;
        return status;
    }

    /// <summary>A sendrec of request <paramref name="type"/> with one argument to <paramref name="server"/>.</summary>
    public static long Request(int server, int type, ulong a1) => Ipc.SendRec(server, Build(type, a1, 0, 0));

    private static Message* Build(int type, ulong a1, ulong a2, ulong a3)
    {
        Message* m = MessageRoom.Aligned(ref s_room);
        *m = default;
        m->Type = type;
        m->A1 = a1; m->A2 = a2; m->A3 = a3;
        return m;
    }
}
