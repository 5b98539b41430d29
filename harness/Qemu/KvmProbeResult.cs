namespace Testbed.Harness.Qemu;

/// <summary>Whether a short KVM boot of the kernel worked, and if not, why (shown to the user).</summary>
public sealed record KvmProbeResult(bool Succeeded, string Reason)
{
    public static KvmProbeResult Success { get; } = new(true, "the kernel answered the probe under KVM");

    public static KvmProbeResult Failure(string reason) => new(false, reason);
}
