// The time stamp counter as direct calls to tsc.S: retired instructions under TCG icount,
// cycles under KVM. Readable in ring 3 while CR4.TSD is clear (Intel SDM vol. 3B,
// "Time-Stamp Counter"). Bench loops read it on their hot path: keep these direct calls
// (RuntimeImport, no P/Invoke frame; docs/bare-metal-notes.md).
//
// Open and Close are reads like Read, the same instructions, that also mark sample windows
// for the cycle model (docs/cycle-model.md): a window runs from the last Open to a Close,
// wherever that Close runs (the bench's own loop, a server's first instruction). A bench
// whose samples are such windows, less TscReadCost, reads the counter with them; the model
// finds its windows again by their instruction counts, which must reproduce the record's n,
// min, median and max exactly, and reports the same samples in modelled cycles. A bench
// whose samples are anything else (a quotient, a sum) keeps Read, and its row is not
// modelled rather than modelled wrongly.
using System.Runtime;
using System.Runtime.CompilerServices;

namespace Testbed.Guest.Measure;

public static class Tsc
{
    [MethodImpl(MethodImplOptions.InternalCall), RuntimeImport("*", "tb_rdtsc")]
    public static extern ulong Read();

    /// <summary>A read that opens a sample window.</summary>
    [MethodImpl(MethodImplOptions.InternalCall), RuntimeImport("*", "tb_rdtsc_open")]
    public static extern ulong Open();

    /// <summary>A read that closes a window opened by the last <see cref="Open"/> (which stays open for further closes).</summary>
    [MethodImpl(MethodImplOptions.InternalCall), RuntimeImport("*", "tb_rdtsc_close")]
    public static extern ulong Close();

    /// <summary>A read that closes a window holding nothing but the reads (TscReadCost): the model subtracts the last one from every window.</summary>
    [MethodImpl(MethodImplOptions.InternalCall), RuntimeImport("*", "tb_rdtsc_calibrate")]
    public static extern ulong Calibrate();

    /// <summary>A read that starts a halted period (IdleClock): the model leaves out of every window what the kernels subtract as halted.</summary>
    [MethodImpl(MethodImplOptions.InternalCall), RuntimeImport("*", "tb_rdtsc_halt_begins")]
    public static extern ulong HaltBegins();

    /// <summary>A read that ends a halted period, in the interrupt that ended it (IdleClock).</summary>
    [MethodImpl(MethodImplOptions.InternalCall), RuntimeImport("*", "tb_rdtsc_halt_ends")]
    public static extern ulong HaltEnds();

    /// <summary>A bench record follows (Report.Bench): the model groups the windows closed since the last one.</summary>
    [MethodImpl(MethodImplOptions.InternalCall), RuntimeImport("*", "tb_model_record")]
    public static extern void RecordFollows();
}
