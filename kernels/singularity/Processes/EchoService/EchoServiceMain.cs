// The echo service: registers /dev/echo, accepts one client channel at a time and answers
// Ping with Pong and Request (an exchange block) with Reply: the block comes back with
// every byte complemented, plus a checksum of what arrived. It stands in for a device
// driver behind a channel contract; on request it commits one of the fault kinds of the
// echo target (common/drivers/Faults) at its n-th request, and the kernel must survive it
// (and restart it: driver=true). It tells the kernel first (the fault-plan record
// "committed"): after the fault it is dead.
using System.Runtime;
using System.Runtime.CompilerServices;
using Contracts;
using Singularity.Abi;
using Singularity.Processes.SipLibrary;
using Testbed.Drivers.Faults;

namespace Singularity.Processes.EchoService;

public static class EchoServiceMain
{
    private static long s_requests;
    private static object s_nothing;
    private static int s_zero;
    private static object s_hoard;

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static object Opaque() => s_requests > 0 ? new object() : null;

    [RuntimeExport("tb_sip_main")]
    private static long Main(long argument)
    {
        ServiceListener listener = Echo.Exp.Register("/dev/echo");
        if (listener == null) return 2;
        while (true)
        {
            Echo.Exp client = Echo.Exp.Accept(listener);
            if (client == null) return 3;
            long end = Serve(client, argument);
            client.Close();
            if (EchoArgument.Mode(argument) != ServiceMode.Forever) return end;
        }
    }

    // How the client's session ended (ServiceExit): the exit code the kernel checks.
    private static long Serve(Echo.Exp client, long argument)
    {
        // Each answer is sent with the wait for the next request (reply-and-wait: one kernel call).
        Echo.Exp.ReadyMessage message = client.Begin.Receive();
        if (EchoArgument.Mode(argument) == ServiceMode.LeaveEarly && !message.Closed) return ServiceExit.LeftEarly;
        while (true)
        {
            if (message.Closed) return ServiceExit.SawChannelClosed;
            if (message.IsPing(out long x, out Echo.Exp.Pinged pinged))
            {
                message = pinged.SendPongAndReceive(x + 1);
            }
            else if (message.IsRequest(out long seq, out ExBlock data, out Echo.Exp.Working working))
            {
                s_requests++;
                if (s_requests == EchoArgument.FaultAt(argument) && EchoArgument.FaultKind(argument) != 0)
                {
                    Sip.FaultCommitting(EchoArgument.FaultKind(argument), s_requests);
                    CommitFault((InjectedFault)EchoArgument.FaultKind(argument), working, data);
                }
                long checksum = 0;
                for (int i = 0; i < data.Length; i++)
                {
                    checksum = checksum * 31 + data[i];
                    data[i] = (byte)~data[i];
                }
                message = working.SendReplyAndReceive(seq, checksum, data);
            }
            else return ServiceExit.UnexpectedMessage;      // the generated code ends the SIP on any other tag before this
        }
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static long Recurse(long depth) => depth == long.MaxValue ? 0 : Recurse(depth + 1) + 1;

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void CommitFault(InjectedFault kind, Echo.Exp.Working working, ExBlock data)
    {
        switch (kind)
        {
            case InjectedFault.NullDeref:
                s_requests += s_nothing.GetHashCode();
                break;
            case InjectedFault.DivideByZero:
                s_requests = s_requests / s_zero;
                break;
            case InjectedFault.IndexOutOfRange:
                long[] small = new long[4];
                s_requests += small[(int)s_requests + 10];
                break;
            case InjectedFault.InvalidCast:
                s_requests += ((Echo.Exp)Opaque()).GetHashCode();
                break;
            case InjectedFault.StackOverflow:
                s_requests += Recurse(s_requests);
                break;
            case InjectedFault.InfiniteLoop:
                while (s_zero == 0) s_requests++;
                break;
            case InjectedFault.ContractViolation:
                working.SendReply(0, 0, ExBlock.None);
                working.SendReply(0, 0, ExBlock.None);     // the same state used twice
                break;
            case InjectedFault.NotOwner:
                ExBlock copy = data;
                working.SendReply(0, 0, data);
                copy[0] = 1;                                // after the block was sent
                break;
            case InjectedFault.Throw:
                throw new System.Exception();
            case InjectedFault.OutOfMemory:
                while (true)
                {
                    object[] chunk = new object[4096];
                    chunk[0] = s_hoard;
                    s_hoard = chunk;
                }
        }
    }
}
