namespace Testbed.Tests.Qemu;

public class AccelerationPolicyTests
{
    sealed class ProbeStub(KvmProbeResult result)
    {
        public int Calls { get; private set; }

        public Task<KvmProbeResult> Run(CancellationToken _)
        {
            Calls++;
            return Task.FromResult(result);
        }
    }

    static readonly ProbeStub Passing = new(KvmProbeResult.Success);

    // One choice against a probe that would give `probe`: the decision, and how often it probed.
    static async Task<(AccelerationDecision Decision, int Probes)> Choose(AccelRequest request, bool icount, KvmDeviceAccess access, KvmProbeResult probe)
    {
        var stub = new ProbeStub(probe);
        var decision = await AccelerationPolicy.ChooseAsync(request, icount, access, stub.Run);
        return (decision, stub.Calls);
    }

    [Theory]
    [InlineData(KvmDeviceAccess.Missing, "/dev/kvm does not exist")]
    [InlineData(KvmDeviceAccess.NotReadWritable, "not read/writable")]
    public async Task Auto_WithoutAUsableDevKvm_UsesTcg_WithoutProbing_SayingWhy(KvmDeviceAccess access, string why)
    {
        var (decision, probes) = await Choose(AccelRequest.Auto, false, access, KvmProbeResult.Success);

        Assert.Equal(MeasurementMode.Tcg, decision.Mode);
        Assert.Contains(why, decision.Reason);
        Assert.Equal(0, probes);
    }

    [Fact]
    public async Task Auto_WhenTheProbeFails_FallsBackToTcg_WithTheReason()
    {
        var failure = KvmProbeResult.Failure("KVM internal error (this paravirtual KVM cannot run SSE guests)");

        var (decision, _) = await Choose(AccelRequest.Auto, false, KvmDeviceAccess.ReadWritable, failure);

        Assert.Equal(MeasurementMode.Tcg, decision.Mode);
        Assert.Equal("KVM probe failed: KVM internal error (this paravirtual KVM cannot run SSE guests); using TCG", decision.Reason);
    }

    // With a usable /dev/kvm, auto probes and takes KVM when the probe passes; asked for
    // icount it takes deterministic TCG without probing (icount is a TCG feature).
    [Theory]
    [InlineData(false, MeasurementMode.Kvm, 1)]
    [InlineData(true, MeasurementMode.TcgIcount, 0)]
    public async Task Auto_WithAUsableDevKvm_UsesKvm_UnlessIcountIsAsked(bool icount, MeasurementMode expected, int expectedProbes)
    {
        var (decision, probes) = await Choose(AccelRequest.Auto, icount, KvmDeviceAccess.ReadWritable, KvmProbeResult.Success);

        Assert.Equal(expected, decision.Mode);
        Assert.Equal(expectedProbes, probes);
    }

    [Theory]
    [InlineData(false, MeasurementMode.Tcg)]
    [InlineData(true, MeasurementMode.TcgIcount)]
    public async Task ExplicitTcg_IsUsed_WithOrWithoutIcount(bool icount, MeasurementMode expected)
    {
        var decision = await AccelerationPolicy.ChooseAsync(AccelRequest.Tcg, icount, KvmDeviceAccess.ReadWritable, Passing.Run);

        Assert.Equal(expected, decision.Mode);
    }

    [Fact]
    public async Task ExplicitKvm_IsUsed_WithoutProbing()
    {
        var (decision, probes) = await Choose(AccelRequest.Kvm, false, KvmDeviceAccess.Missing, KvmProbeResult.Failure("would fail"));

        Assert.Equal(MeasurementMode.Kvm, decision.Mode);
        Assert.Equal(0, probes);
    }

    [Fact]
    public async Task ExplicitKvm_WithIcount_IsBadUsage()
    {
        var error = await Assert.ThrowsAsync<BadUsageException>(
            () => AccelerationPolicy.ChooseAsync(AccelRequest.Kvm, true, KvmDeviceAccess.ReadWritable, Passing.Run));

        Assert.Equal(ExitCodes.BadUsage, error.ExitCode);
    }

    [Theory]
    [InlineData(MeasurementMode.TcgIcount, "tcg-icount", "instr")]
    [InlineData(MeasurementMode.Kvm, "kvm", "cycles")]
    [InlineData(MeasurementMode.Tcg, "tcg", "ticks")]
    public void EachMode_HasItsLabelAndUnit(MeasurementMode mode, string label, string unit)
    {
        Assert.Equal(label, mode.Label());
        Assert.Equal(unit, mode.Unit());
    }
}
