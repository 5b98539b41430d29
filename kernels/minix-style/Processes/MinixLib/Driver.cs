// What a driver of this personality calls instead of I/O instructions (MINIX 3: libsys's
// sys_inb/sys_outb and sys_irqenable): every port access and every IRQ change is a kernel
// call the kernel checks against the driver's privileges. Returns IpcStatus.
using MinixStyle.Abi;

namespace MinixStyle.Processes.MinixLib;

public static class Driver
{
    public static long Out8(ulong port, byte value) => Sys.Call(KernelCallNumber.DevIo, port, value, DevIo.Write | DevIo.Byte, 0, out _);

    public static long In8(ulong port, out byte value)
    {
        long status = Sys.Call(KernelCallNumber.DevIo, port, 0, DevIo.Byte, 0, out ulong read);
        value = (byte)read;
        return status;
    }

    public static long IrqCtl(ulong op, ulong line) => Sys.Call(KernelCallNumber.IrqCtl, op, line, 0, 0, out _);
}
