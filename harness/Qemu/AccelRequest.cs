namespace Testbed.Harness.Qemu;

/// <summary>What the user asked for with --accel; <see cref="AccelerationPolicy"/> turns it into a <see cref="MeasurementMode"/>.</summary>
public enum AccelRequest
{
    /// <summary>KVM if /dev/kvm is usable and a probe boot works, else TCG.</summary>
    Auto,
    Kvm,
    Tcg,
}

public static class AccelRequests
{
    public static AccelRequest Parse(string name) => name switch
    {
        "auto" => AccelRequest.Auto,
        "kvm" => AccelRequest.Kvm,
        "tcg" => AccelRequest.Tcg,
        _ => throw new ArgumentException($"unknown accelerator '{name}' (expected auto, kvm or tcg)", nameof(name)),
    };
}
