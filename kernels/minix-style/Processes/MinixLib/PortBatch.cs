// A driver's port writes, held back and sent with its next read, wait or clock reading as one SYS_VDEVIO
// (MINIX 3's libsys offers drivers the same batching as sys_voutb / sys_vinb: each kernel
// call is part of what a driver's isolation costs). A driver can see a write's effect on
// its device only when it next reads a port, waits for an interrupt or times the device by
// the clock, so holding writes until then keeps their order and meaning and saves a kernel call per
// register: the ATA driver's DMA command, a dozen writes and the unmasking of its line, is
// one call. A read goes out at once, with every write before it.
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace MinixStyle.Processes.MinixLib;

public static unsafe class PortBatch
{
    [StructLayout(LayoutKind.Sequential, Size = 2 * PortAccess.MaxEntries * 8)]
    private struct Room { }
    private static Room s_room;
    private static int s_count;

    /// <summary>The status of the last vector the kernel refused (0 if none was).</summary>
    public static long LastRefusal;

    // The vector must lie inside one 256-byte-aligned block (the kernel's rule).
    private static PortAccess* Entries => (PortAccess*)(((ulong)Unsafe.AsPointer(ref s_room) + 255) & ~255UL);

    public static void Write(ushort port, ulong width, uint value)
    {
        if (s_count == PortAccess.MaxEntries) Flush();
        Add(port, (byte)(DevIo.Write | width), value);
    }

    /// <summary>Unmasks <paramref name="line"/> with the next vector (the kernel masked it when it fired).</summary>
    public static void EnableIrq(int line)
    {
        if (s_count == PortAccess.MaxEntries) Flush();
        Add((ushort)line, PortAccess.EnableIrq, 0);
    }

    /// <summary>Every held write, then the read; a refused vector reads as a floating bus (all ones).</summary>
    public static uint Read(ushort port, ulong width)
    {
        if (s_count == PortAccess.MaxEntries) Flush();
        int at = s_count;
        Add(port, (byte)width, 0);
        return Flush() ? Entries[at].Value : 0xFFFF_FFFF;
    }

    /// <summary>Sends the held accesses; false if the kernel refused them.</summary>
    public static bool Flush()
    {
        if (s_count == 0) return true;
        long status = Driver.Vector(Entries, s_count);
        s_count = 0;
        if (status != IpcStatus.Ok) LastRefusal = status;
        return status == IpcStatus.Ok;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Add(ushort port, byte flags, uint value)
    {
        PortAccess* e = Entries + s_count++;
        e->Port = port;
        e->Flags = flags;
        e->Value = value;
    }
}
