// What a driver may ask of the system that hosts it (docs/architecture.md, "One driver
// source, many isolation models"; common/drivers/README.md). Each personality supplies a
// struct implementing this interface; drivers are generic over it
// (`struct AtaDriver<TEnv> where TEnv : struct, IDriverEnv`), so the AOT compiler
// specialises every call into a direct call: no dispatch, no cost.
//   nooks-style   ring 0: port instructions inline, kernel services through wrappers
//   minix/l4      ring 3: ports via the I/O bitmap, interrupts as messages
//   singularity   a SIP: HAL objects granted by its manifest
namespace Testbed.Drivers.Environment;

public unsafe interface IDriverEnv
{
    byte In8(ushort port);
    ushort In16(ushort port);
    uint In32(ushort port);
    void Out8(ushort port, byte value);
    void Out16(ushort port, ushort value);
    void Out32(ushort port, uint value);

    /// <summary>Reads <paramref name="words"/> 16-bit words from one port (rep insw): ATA PIO data.</summary>
    void In16String(ushort port, void* destination, int words);

    /// <summary>Writes <paramref name="words"/> 16-bit words to one port (rep outsw).</summary>
    void Out16String(ushort port, void* source, int words);

    /// <summary>Physically contiguous, zeroed memory below 4 GiB that the device may read and write.</summary>
    DmaBuffer AllocateDma(uint bytes);

    /// <summary>
    /// Waits until the interrupt line <paramref name="irq"/> has fired since the last wait
    /// returned (interrupts that arrived early count). False after <paramref name="timeoutTicks"/>
    /// kernel ticks (1 ms) without one. The driver acknowledges the device itself.
    /// </summary>
    bool WaitForInterrupt(int irq, ulong timeoutTicks);

    /// <summary>The time stamp counter (instructions under TCG icount, cycles under KVM).</summary>
    ulong Clock();

    void Log(string what, ulong value);

    /// <summary>
    /// The shared fault trigger is about to execute <paramref name="plan"/>'s faulty code:
    /// the environment writes the fault-plan record "committed" (Faults/FaultRecord.cs) on
    /// the result channel, by whatever way out it has (a kernel service, a debug call, the
    /// kernel ABI). It must return: the fault runs after it. It may not use the
    /// environment's instance fields (the trigger calls it on default(TEnv)).
    /// </summary>
    void FaultCommitting(in Faults.FaultPlan plan);

    /// <summary>The fault this driver instance is asked to commit (command line `fault=`), if any.</summary>
    Faults.FaultPlan FaultPlan { get; }
}
