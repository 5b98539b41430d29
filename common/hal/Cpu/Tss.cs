// The 64-bit task state segment: where the CPU finds the kernel stack when an interrupt
// arrives in ring 3 (RSP0), the interrupt stacks (IST), and the I/O permission bitmap
// (which ports ring 3 may touch; L4- and MINIX-style drivers get theirs through it).
using System.Runtime;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Testbed.Hal;

public static unsafe class Tss
{
    [StructLayout(LayoutKind.Sequential, Pack = 4)]
    private struct TaskStateSegment
    {
        public uint Reserved0;
        public ulong Rsp0, Rsp1, Rsp2;
        public ulong Reserved1;
        public ulong Ist1, Ist2, Ist3, Ist4, Ist5, Ist6, Ist7;
        public ulong Reserved2;
        public ushort Reserved3;
        public ushort IoMapBase;
    }

    // 104-byte TSS, then an 8 KiB I/O bitmap (one bit per port, 1 = denied) and the
    // terminating 0xFF byte the CPU requires.
    private const int IoBitmapBytes = 8192;
    private static TaskStateSegment* s_tss;
    private static byte* s_ioBitmap;

    [MethodImpl(MethodImplOptions.InternalCall), RuntimeImport("*", "tb_gdt_address")] private static extern ulong* GdtAddress();

    internal static void Initialize()
    {
        int size = sizeof(TaskStateSegment) + IoBitmapBytes + 1;
        byte* memory = (byte*)KernelHeap.Allocate((nuint)size, 16);
        s_tss = (TaskStateSegment*)memory;
        s_tss->IoMapBase = (ushort)sizeof(TaskStateSegment);
        s_ioBitmap = memory + sizeof(TaskStateSegment);
        for (int i = 0; i <= IoBitmapBytes; i++) s_ioBitmap[i] = 0xFF;

        ulong baseAddress = (ulong)memory;
        ulong limit = (ulong)size - 1;
        ulong* gdt = GdtAddress();
        // Available 64-bit TSS (type 9), present.
        gdt[5] = (limit & 0xFFFF) | ((baseAddress & 0xFFFFFF) << 16) | (0x89UL << 40)
               | (((limit >> 16) & 0xF) << 48) | (((baseAddress >> 24) & 0xFF) << 56);
        gdt[6] = baseAddress >> 32;
        Cpu.LoadTaskRegister(Segments.Tss);
    }

    /// <summary>The stack the CPU switches to on an interrupt from ring 3.</summary>
    public static void SetKernelStack(ulong top) => s_tss->Rsp0 = top;
    /// <summary>RSP0's address, for a fast path that switches threads itself (kernels/minix-style/Ipc/ipc_fastpath.S).</summary>
    public static ulong* KernelStackField => &s_tss->Rsp0;

    /// <summary>A separate stack for one interrupt vector (IST 1..7), used for double faults.</summary>
    public static void SetInterruptStack(int index, ulong top) => (&s_tss->Ist1)[index - 1] = top;

    /// <summary>Allow or deny ring 3 the use of one I/O port.</summary>
    public static void SetPortAllowed(ushort port, bool allowed)
    {
        if (allowed) s_ioBitmap[port >> 3] &= (byte)~(1 << (port & 7));
        else s_ioBitmap[port >> 3] |= (byte)(1 << (port & 7));
    }

    /// <summary>
    /// The TSS's I/O map base field. A personality that keeps several permission sets can
    /// switch between "use the bitmap" (<see cref="IoBitmapInUse"/>) and "no bitmap: every port
    /// denied in ring 3" (<see cref="NoIoBitmap"/>, past the TSS limit; Intel SDM vol. 1, 19.5.2)
    /// with one 16-bit store instead of rewriting 8 KiB.
    /// </summary>
    public static ushort* IoMapBaseField => &s_tss->IoMapBase;
    public static ushort IoBitmapInUse => (ushort)sizeof(TaskStateSegment);
    public static ushort NoIoBitmap => (ushort)(sizeof(TaskStateSegment) + IoBitmapBytes + 1);

    /// <summary>Deny every port again (on a switch to a task with no I/O rights).</summary>
    public static void DenyAllPorts()
    {
        for (int i = 0; i < IoBitmapBytes; i++) s_ioBitmap[i] = 0xFF;
    }
}
