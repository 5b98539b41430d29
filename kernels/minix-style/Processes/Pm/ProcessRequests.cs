// PM's process calls (MINIX 3: servers/pm's do_fork, do_exec, do_waitpid, do_kill, do_pause;
// exit is PmMain's): fork and exec by the kernel calls only PM may make (SYS_FORK, SYS_EXEC
// with NewImage), wait and kill over PM's table of its children (Children).

namespace MinixStyle.Processes.Pm;

public static unsafe class ProcessRequests
{
    /// <summary>What Serve answers: not a process call, reply now, or no reply (yet).</summary>
    public const int NotOne = 0, SendReply = 1, NoReply = 2;

    public static int Serve(Message* request, Message* reply, int client)
    {
        switch (request->Type)
        {
            case PmRequest.Fork:
                Fork(request, reply, client);
                return SendReply;
            case PmRequest.Exec:
                reply->A3 = Exec(request, client);
                return reply->A3 != 0 ? SendReply : NoReply;    // the new image gets no reply
            case PmRequest.Wait:
                return Children.Wait(client, (int)(long)request->A1, reply) ? SendReply : NoReply;
            case PmRequest.Kill:
                reply->A3 = Children.IsLiveChildOf((int)(long)request->A1, client)
                    ? (ulong)Sys.Call(KernelCallNumber.Kill, request->A1, unchecked((ulong)(long)PmRequest.KilledExitCode), 0, 0, out _)
                    : unchecked((ulong)IpcStatus.BadEndpoint);
                return SendReply;
            case PmRequest.Pause:
                return NoReply;                 // answered by nothing: the caller waits to be killed
        }
        return NotOne;
    }

    // A copy of the client in a free child slot (SYS_FORK), which starts at the entry its request names.
    private static void Fork(Message* request, Message* reply, int client)
    {
        if (!Children.HasRoom())
        {
            reply->A3 = unchecked((ulong)IpcStatus.NoMemory);
            return;
        }
        long status = Sys.Call(KernelCallNumber.Fork, (ulong)(long)client, request->A1, request->A2, request->A3, out ulong child);
        if (status == IpcStatus.Ok) Children.Forked((int)(long)child, client);
        reply->A1 = status == IpcStatus.Ok ? child : 0;
        reply->A3 = unchecked((ulong)status);
    }

    // The client replaced by the boot module its request names (SYS_EXEC, NewImage): 0, or why not.
    private static ulong Exec(Message* request, int client)
    {
        ulong name1 = request->A1, name2 = request->A2, argument = request->A3;
        Message* m = request;                   // the request is read: its room is scratch now
        *m = default;
        m->Type = KernelCallNumber.Exec;
        m->A1 = (ulong)(long)client;
        m->A2 = argument;
        m->A3 = ExecFlags.NewImage;
        m->A4 = name1;
        m->A5 = name2;
        long status = Ipc.KernelCall(m);
        return unchecked((ulong)(status != IpcStatus.Ok ? status : m->Type));
    }
}
