// RS's recovery reports as `recovery` records (common/protocol/PROTOCOL.md): a service restarted,
// with what the restart cost as RS measured it, or RS's give-up. The name comes as a DS key
// (up to 8 ASCII bytes in a word), printed as text; nothing is allocated.
using Testbed.Protocol;

namespace MinixStyle.KernelCalls;

public static unsafe class RecoveryReport
{
    public static long Write(Message* m)
    {
        ulong key = m->A2;
        byte* name = stackalloc byte[8];
        int length = 0;
        for (; length < 8; length++)
        {
            byte c = (byte)(key >> (8 * length));
            if (c == 0) break;
            if (c < 0x21 || c > 0x7E) return IpcStatus.BadCall;
            name[length] = c;
        }
        string cause = FailureCause.Name(m->A7);
        if (length == 0 || cause == null) return IpcStatus.BadCall;
        TbLine line = TbLine.Begin(ProtocolNames.Recovery).FieldText("name", name, name + length).Field("cause", cause);
        if (m->A3 == RecoveryState.GaveUp)
        {
            line.Field("state", ProtocolNames.RecoveryGaveUp).Field("restarts", m->A5).Field("window-clock-ticks", m->A6)
                .Field("what", "the service failed again within its restart window: RS gave up (system.conf policy)").End();
            return IpcStatus.Ok;
        }
        if (m->A3 != RecoveryState.Restarted) return IpcStatus.BadCall;
        line.Field("instr", m->A4).Field("restarts", m->A5).End();
        return IpcStatus.Ok;
    }
}
