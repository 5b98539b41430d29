namespace Testbed.Harness.Qemu;

/// <summary>
/// Chooses TCG or KVM for a boot. Kept free of process handling: the device check and the
/// probe boot are passed in, so every branch is a unit test.
/// docs/architecture.md, "Measurement": use real KVM where it works (a researcher's workstation), fall back to TCG
/// and say so where it does not (a paravirtual KVM, no /dev/kvm).
/// </summary>
public static class AccelerationPolicy
{
    public static async Task<AccelerationDecision> ChooseAsync(
        AccelRequest request, bool icount, KvmDeviceAccess device,
        Func<CancellationToken, Task<KvmProbeResult>> probe, CancellationToken cancellation = default)
    {
        var tcg = icount ? MeasurementMode.TcgIcount : MeasurementMode.Tcg;
        switch (request)
        {
            case AccelRequest.Tcg:
                return new(tcg, icount ? "TCG with icount as requested" : "TCG as requested");
            case AccelRequest.Kvm:
                if (icount)
                    throw new BadUsageException("--icount needs TCG; it cannot be combined with --accel kvm");
                return new(MeasurementMode.Kvm, "KVM as requested");
        }

        // Deterministic counting only exists under TCG; asking for it settles the question.
        if (icount)
            return new(tcg, "--icount asks for TCG");
        switch (device)
        {
            case KvmDeviceAccess.Missing:
                return new(tcg, $"{KvmDevice.Path} does not exist; using TCG");
            case KvmDeviceAccess.NotReadWritable:
                return new(tcg, $"{KvmDevice.Path} is not read/writable by this user; using TCG");
        }

        var result = await probe(cancellation);
        return result.Succeeded
            ? new(MeasurementMode.Kvm, "KVM probe passed; using KVM")
            : new(tcg, $"KVM probe failed: {result.Reason}; using TCG");
    }
}
