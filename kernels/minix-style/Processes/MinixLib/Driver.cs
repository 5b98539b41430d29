// What a driver of this personality calls instead of I/O instructions (MINIX 3: libsys's
// sys_inb/sys_outb and sys_irqenable): every port access and every IRQ change is a kernel
// call the kernel checks against the driver's privileges. Returns IpcStatus.
using MinixStyle.Abi;

namespace MinixStyle.Processes.MinixLib;

public static unsafe class Driver
{
    private static MessageRoom s_room;

    public static long Out8(ulong port, byte value) => Call(KernelCallNumber.DevIo, port, value, DevIo.Write | DevIo.Byte, out _);

    public static long In8(ulong port, out byte value)
    {
        long status = Call(KernelCallNumber.DevIo, port, 0, DevIo.Byte, out ulong read);
        value = (byte)read;
        return status;
    }

    public static long IrqCtl(ulong op, ulong line) => Call(KernelCallNumber.IrqCtl, op, line, 0, out _);

    private static long Call(int call, ulong a1, ulong a2, ulong a3, out ulong answer)
    {
        Message* m = MessageRoom.Aligned(ref s_room);
        *m = default;
        m->Type = call;
        m->A1 = a1; m->A2 = a2; m->A3 = a3;
        long status = Ipc.KernelCall(m);
        answer = m->A1;
        return status;
    }
}
