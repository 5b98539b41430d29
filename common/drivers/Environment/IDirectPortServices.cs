// What differs between the personalities whose drivers execute in/out themselves (ring 0,
// or ring 3 with the ports opened in the TSS I/O bitmap): everything in IDriverEnv except
// the ports. DirectPortEnv supplies the ports and forwards the rest to one of these.
namespace Testbed.Drivers.Environment;

public interface IDirectPortServices
{
    /// <summary>As IDriverEnv.AllocateDma.</summary>
    DmaBuffer AllocateDma(uint bytes);

    /// <summary>As IDriverEnv.WaitForInterrupt.</summary>
    bool WaitForInterrupt(int irq, ulong timeoutTicks);

    ulong Clock();

    void Log(string what, ulong value);

    Faults.FaultPlan FaultPlan { get; }

    /// <summary>As IDriverEnv.FaultCommitting.</summary>
    void FaultCommitting(in Faults.FaultPlan plan);
}
