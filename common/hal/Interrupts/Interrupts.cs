// Interrupt dispatch to C#. Kernels register a handler per vector; CPU exceptions without
// a handler go to the kernel's fault policy (FaultHandler), or panic. Hardware interrupts
// (PIC lines) are acknowledged after their handler runs.
using System.Runtime;
using System.Runtime.CompilerServices;

namespace Testbed.Hal;

public static unsafe class Interrupts
{
    // Handler signature: void Handler(InterruptFrame* frame). Stored as raw pointers so the
    // table needs no allocation before the heap exists.
    private static delegate*<InterruptFrame*, void>* s_handlers;

    /// <summary>
    /// What the kernel does with a CPU exception that has no handler of its own, for example
    /// kill the faulting process. Returns false to make it a panic.
    /// </summary>
    public static delegate*<InterruptFrame*, bool> FaultHandler;

    public static ulong Count { get; private set; }

    internal static void Initialize()
    {
        s_handlers = (delegate*<InterruptFrame*, void>*)KernelHeap.Allocate(256 * 8, 8);
        Idt.Initialize();
        InterruptFrameLayout.Check();
    }

    public static void SetHandler(int vector, delegate*<InterruptFrame*, void> handler) => s_handlers[vector] = handler;

    [MethodImpl(MethodImplOptions.InternalCall), RuntimeImport("*", "tb_set_interrupt_cr3")]
    private static extern void SetInterruptPageTables(ulong root);

    /// <summary>
    /// Run every interrupt and exception handler in the page tables at <paramref name="root"/>
    /// (0: in whatever tables are active). For kernels whose drivers run in a protection
    /// domain that maps kernel memory read-only: the handlers must be able to write.
    /// </summary>
    public static void SetHandlerPageTables(ulong root) => SetInterruptPageTables(root);

    [RuntimeExport("tb_interrupt_dispatch")]
    private static InterruptFrame* Dispatch(InterruptFrame* frame)
    {
        Count++;
        ulong vector = frame->Vector;
        delegate*<InterruptFrame*, void> handler = s_handlers[vector];
        if (vector < Vectors.IrqBase)
        {
            FaultEntry.Tsc = Cpu.ReadTsc();
            if (handler != null) handler(frame);
            else if (Faults.TryRaiseFromException(frame)) { }
            else if (vector == Vectors.DoubleFault || FaultHandler == null || !FaultHandler(frame))
                Panic.Halt(Vectors.ExceptionName(vector), frame);
            return frame;
        }
        if (vector < Vectors.IrqBase + 16)
        {
            int line = (int)vector - Vectors.IrqBase;
            if (Pic.IsSpurious(line)) return frame;
            // Acknowledge first: the handler may switch threads and not come back soon.
            Pic.EndOfInterrupt(line);
        }
        if (handler != null) handler(frame);
        return frame;
    }
}
