using Testbed.Harness.Protocol;
using Testbed.Harness.Qemu;

namespace Testbed.Harness.Boot;

/// <summary>
/// Watches a boot as it happens (the console shows the log live). Every method is optional;
/// <see cref="LineReceived"/> is called on a reader thread, in order.
/// </summary>
public interface IBootObserver
{
    void AccelerationChosen(AccelerationDecision decision) { }

    void QemuStarting(IReadOnlyList<string> command) { }

    void LineReceived(SerialLine line) { }
}
