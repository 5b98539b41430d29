// Power-off through QEMU's isa-debug-exit device (-device isa-debug-exit,iobase=0xf4):
// QEMU exits with status (code << 1) | 1. Codes: common/protocol/ProtocolNames.cs.
using Testbed.Guest.Ports;

namespace Testbed.Hal;

public static class Power
{
    private const ushort DebugExitPort = 0xF4;

    public static void Exit(int code)
    {
        Cpu.DisableInterrupts();
        PortInstructions.Out8(DebugExitPort, (byte)code);
        // Without the device (a real machine) there is nothing left to do but stop.
        while (true) Cpu.Halt();
    }
}
