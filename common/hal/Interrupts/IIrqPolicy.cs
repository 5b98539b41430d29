// What a fired device line wakes is a kernel's policy, not the HAL's: nooks-style's halted
// driver polls its line, singularity's scheduler wakes the waiting SIP from thread context,
// l4-style turns the interrupt into a message to the attached thread. IrqLines<TPolicy>
// calls it after counting and masking the line; a struct, so the call is direct.
namespace Testbed.Hal;

public unsafe interface IIrqPolicy
{
    /// <summary>Runs in the interrupt handler, with the line masked and counted.</summary>
    void Fired(InterruptFrame* frame, int line);
}
