namespace Testbed.Tests.Kernels;

/// <summary>
/// Boot tests run one QEMU at a time. Under icount the guest's own timing is
/// deterministic, but device completions (the IDE's block I/O) are paced by the host:
/// several TCG guests competing for two cores made such paths slower and a few fault
/// tests timing-sensitive. Unit tests still run in parallel with these.
/// </summary>
[CollectionDefinition(Name)]
public sealed class QemuBootCollection
{
    public const string Name = "QEMU boots, one at a time";
}
