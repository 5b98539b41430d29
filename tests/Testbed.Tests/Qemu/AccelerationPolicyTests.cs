using Testbed.Harness.Outcomes;
using Testbed.Harness.Qemu;

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

    [Fact]
    public async Task Auto_WithoutDevKvm_UsesTcg_WithoutProbing()
    {
        var probe = new ProbeStub(KvmProbeResult.Success);

        var decision = await AccelerationPolicy.ChooseAsync(AccelRequest.Auto, false, KvmDeviceAccess.Missing, probe.Run);

        Assert.Equal(MeasurementMode.Tcg, decision.Mode);
        Assert.Contains("/dev/kvm does not exist", decision.Reason);
        Assert.Equal(0, probe.Calls);
    }

    [Fact]
    public async Task Auto_WithUnwritableDevKvm_UsesTcg_SayingWhy()
    {
        var probe = new ProbeStub(KvmProbeResult.Success);

        var decision = await AccelerationPolicy.ChooseAsync(AccelRequest.Auto, false, KvmDeviceAccess.NotReadWritable, probe.Run);

        Assert.Equal(MeasurementMode.Tcg, decision.Mode);
        Assert.Contains("not read/writable", decision.Reason);
        Assert.Equal(0, probe.Calls);
    }

    [Fact]
    public async Task Auto_WhenTheProbePasses_UsesKvm()
    {
        var probe = new ProbeStub(KvmProbeResult.Success);

        var decision = await AccelerationPolicy.ChooseAsync(AccelRequest.Auto, false, KvmDeviceAccess.ReadWritable, probe.Run);

        Assert.Equal(MeasurementMode.Kvm, decision.Mode);
        Assert.Equal(1, probe.Calls);
    }

    [Fact]
    public async Task Auto_WhenTheProbeFails_FallsBackToTcg_WithTheReason()
    {
        var probe = new ProbeStub(KvmProbeResult.Failure("KVM internal error (this paravirtual KVM cannot run SSE guests)"));

        var decision = await AccelerationPolicy.ChooseAsync(AccelRequest.Auto, false, KvmDeviceAccess.ReadWritable, probe.Run);

        Assert.Equal(MeasurementMode.Tcg, decision.Mode);
        Assert.Equal("KVM probe failed: KVM internal error (this paravirtual KVM cannot run SSE guests); using TCG", decision.Reason);
    }

    [Fact]
    public async Task Auto_WithIcount_UsesDeterministicTcg_WithoutProbing()
    {
        var probe = new ProbeStub(KvmProbeResult.Success);

        var decision = await AccelerationPolicy.ChooseAsync(AccelRequest.Auto, true, KvmDeviceAccess.ReadWritable, probe.Run);

        Assert.Equal(MeasurementMode.TcgIcount, decision.Mode);
        Assert.Equal(0, probe.Calls);
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
        var probe = new ProbeStub(KvmProbeResult.Failure("would fail"));

        var decision = await AccelerationPolicy.ChooseAsync(AccelRequest.Kvm, false, KvmDeviceAccess.Missing, probe.Run);

        Assert.Equal(MeasurementMode.Kvm, decision.Mode);
        Assert.Equal(0, probe.Calls);
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
