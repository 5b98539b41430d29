// The string, vector and DMA calls from a driver whose only ports are the RTC's two: each
// refused when it must be, and the vector's refusal all-or-nothing (MINIX 3: do_sdevio,
// do_vdevio and do_umap check before they act).
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace MinixStyle.Processes.RtcDriver;

public static unsafe class DeviceCallRefusals
{
    private const ushort Index = 0x70, Data = 0x71;
    private const byte NmiOff = 0x80, RegisterA = 0x0A, RegisterB = 0x0B;

    [StructLayout(LayoutKind.Sequential, Size = 512)]
    private struct VectorRoom { }
    private static VectorRoom s_vector;

    public static void Run()
    {
        ushort* words = stackalloc ushort[4];
        long keyboard = Driver.String16(0x60, words, 4, output: false);
        Diag.Check(CheckId.SDevIoOutsideRangeRefused, keyboard == IpcStatus.CallDenied, (ulong)keyboard);
        long kernelBuffer = Driver.String16(Index, (void*)0x10_0000, 4, output: false);  // a word port in range, a buffer in the kernel
        Diag.Check(CheckId.SDevIoBadBufferRefused, kernelBuffer == IpcStatus.BadAddress, (ulong)kernelBuffer);

        // Register A through one vector (select, read) equals it through two SYS_DEVIO.
        PortAccess* v = (PortAccess*)(((ulong)Unsafe.AsPointer(ref s_vector) + 255) & ~255UL);
        byte a = RtcDriverMain.Read(RegisterA), b = RtcDriverMain.Read(RegisterB);
        v[0] = new PortAccess { Port = Index, Flags = (byte)(DevIo.Write | DevIo.Byte), Value = NmiOff | RegisterA };
        v[1] = new PortAccess { Port = Data, Flags = (byte)DevIo.Byte };
        long vector = Driver.Vector(v, 2);
        Diag.Check(CheckId.VDevIoMatchesDevIo, vector == IpcStatus.Ok && v[1].Value == a, v[1].Value);
        // A vector whose second entry is the keyboard's port: refused whole, so the first
        // (selecting register B) must not have run: the data port still reads register A.
        v[0] = new PortAccess { Port = Index, Flags = (byte)(DevIo.Write | DevIo.Byte), Value = NmiOff | RegisterB };
        v[1] = new PortAccess { Port = 0x60, Flags = (byte)DevIo.Byte };
        long refused = Driver.Vector(v, 2);
        Driver.In8(Data, out byte still);
        Diag.Check(CheckId.VDevIoOutsideRangeRefused, refused == IpcStatus.CallDenied && (a == b || still == a), still);

        long kernelVector = Driver.Vector((PortAccess*)0x10_0000, 1);   // the kernel's image, not ours
        Diag.Check(CheckId.VDevIoBadBufferRefused, kernelVector == IpcStatus.BadAddress, (ulong)kernelVector);
        v[0] = new PortAccess { Port = 14, Flags = PortAccess.EnableIrq };  // the disk's line
        long otherLine = Driver.Vector(v, 1);
        Diag.Check(CheckId.VDevIoOtherLineRefused, otherLine == IpcStatus.CallDenied, (ulong)otherLine);

        long mapped = Driver.Umap(4096, out ulong virtualAddress, out ulong physical);
        bool usable = mapped == IpcStatus.Ok && physical != 0 && physical < 1UL << 32;
        if (usable) *(ulong*)virtualAddress = 0x5A5A;                 // writable by us, or this faults
        Diag.Check(CheckId.UmapMapped, usable, physical);
        long tooLarge = Driver.Umap(1UL << 20, out _, out _);
        Diag.Check(CheckId.UmapTooLargeRefused, tooLarge == IpcStatus.BadCall, (ulong)tooLarge);
    }
}
