// The end of the kernel: report why on the result channel and power off with code 2.
namespace Testbed.Hal;

public static class Panic
{
    public static void Halt(string reason)
    {
        Cpu.DisableInterrupts();
        TbLine.Begin(Testbed.Protocol.ProtocolNames.Panic).Field("reason", reason).End();
        Power.Exit(Testbed.Protocol.ProtocolNames.ExitPanic);
    }

    public static unsafe void Halt(string reason, InterruptFrame* frame)
    {
        Cpu.DisableInterrupts();
        TbLine.Begin(Testbed.Protocol.ProtocolNames.Panic).Field("reason", reason)
            .Field("vector", frame->Vector).Address("error", frame->ErrorCode)
            .Address("rip", frame->Rip).Address("rsp", frame->Rsp).Address("cr2", Cpu.ReadCr2())
            .Field("ring", frame->Cs & 3).End();
        Power.Exit(Testbed.Protocol.ProtocolNames.ExitPanic);
    }
}
