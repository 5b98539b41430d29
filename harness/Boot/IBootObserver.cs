namespace Testbed.Harness.Boot;

/// <summary>
/// Watches a boot as it happens (the console shows the log live). Every method is optional;
/// <see cref="LineReceived"/> is called on a reader thread, in order.
/// </summary>
public interface IBootObserver
{
    /// <summary>A warning about the command line before the boot (a word the kernel does not read).</summary>
    void CommandLineWarning(string message) { }

    void AccelerationChosen(AccelerationDecision decision) { }

    void QemuStarting(IReadOnlyList<string> command) { }

    void LineReceived(SerialLine line) { }
}
