// What a driver of this personality calls instead of I/O instructions (MINIX 3: libsys's
// sys_inb/sys_outb and sys_irqenable): every port access and every IRQ change is a kernel
// call the kernel checks against the driver's privileges. Returns IpcStatus.

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

    /// <summary>rep insw (input) or rep outsw of <paramref name="words"/> words between a port and <paramref name="buffer"/> (SYS_SDEVIO).</summary>
    public static unsafe long String16(ulong port, void* buffer, ulong words, bool output) =>
        Sys.Call(KernelCallNumber.SDevIo, port, (ulong)buffer, DevIo.Word | (output ? DevIo.Write : 0), words, out _);

    /// <summary>The port accesses of <paramref name="entries"/>, in order, in one kernel call (SYS_VDEVIO).</summary>
    public static unsafe long Vector(PortAccess* entries, int count) =>
        Sys.Call(KernelCallNumber.VDevIo, (ulong)entries, (ulong)count, 0, 0, out _);

    /// <summary>DMA memory (SYS_UMAP): where this process sees it and what the device is told.</summary>
    public static long Umap(ulong bytes, out ulong virtualAddress, out ulong physical)
    {
        return Sys.Call6(KernelCallNumber.Umap, bytes, 0, 0, 0, 0, 0, out virtualAddress, out physical);
    }
}
