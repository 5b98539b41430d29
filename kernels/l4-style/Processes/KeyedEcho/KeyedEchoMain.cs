// The keyed echo server: reply-and-wait forever, each reply word MRi the request's MRi XOR
// its own key (L4Style.Abi.WordKeys). An echo that returns words unchanged cannot tell a
// kernel that carried them from one that dropped them (the caller's stub reloads its own
// registers); with a distinct key per word, every one of the six must have crossed the
// kernel to this task and come back. Its start argument is how many words it keys (6;
// fewer is the root's selftest-break, a reply as if the kernel had not carried the rest).
using System.Runtime;
using L4Style.Abi;
using L4Style.Processes.UserLib;

namespace L4Style.Processes.KeyedEcho;

public static class KeyedEchoMain
{
    [RuntimeExport("tb_process_main")]
    private static int Main(ulong argument)
    {
        ulong keyed = argument;
        Message m = default;
        Ipc.Receive(ref m);
        while (true)
        {
            if (keyed > 0) m.Mr0 ^= WordKeys.Of(0);
            if (keyed > 1) m.Mr1 ^= WordKeys.Of(1);
            if (keyed > 2) m.Mr2 ^= WordKeys.Of(2);
            if (keyed > 3) m.Mr3 ^= WordKeys.Of(3);
            if (keyed > 4) m.Mr4 ^= WordKeys.Of(4);
            if (keyed > 5) m.Mr5 ^= WordKeys.Of(5);
            Ipc.ReplyWait(ref m);
        }
    }
}
