namespace Testbed.Tests.Boot;

/// <summary>
/// The command line's check before QEMU starts: a fault plan the kernel could not arm is
/// refused (exit code 2, one line naming the targets and kinds), and QEMU never runs.
/// The stand-in QEMU leaves a mark if it is started.
/// </summary>
public sealed class CommandLinePrecheckTests : IDisposable
{
    readonly TempCheckout checkout = new TempCheckout()
        .WithKernel("nooks-style", SyntheticImage.Elf32Multiboot())
        .WithVocabulary("nooks-style", ["isolation", "workload", "iterations", "fault"], "ata\t", "rtl8139\t")
        .WithKernel("l4-style", SyntheticImage.Elf32Multiboot())
        .WithVocabulary("l4-style", ["drivers", "iterations", "fault"], "ata\tdrivers,workload", "rtl8139\tdrivers,workload")
        .WithKernel("halcheck", SyntheticImage.Elf32Multiboot())
        .WithVocabulary("halcheck", ["iterations"]);

    string Mark => checkout.PathOf("qemu-started");

    public void Dispose() => checkout.Dispose();

    FakeQemu Qemu() => new($"touch '{Mark}'\necho '@tb {{\"kind\":\"done\",\"ok\":true}}'\nexit 1");

    BootRequest Request(string kernel, string append, FakeQemu qemu) =>
        new(new KernelCatalog(checkout.Root).Resolve(kernel))
        {
            Accel = AccelRequest.Tcg,
            Timeout = TimeSpan.FromSeconds(20),
            Append = append,
            QemuExecutable = qemu.Executable,
        };

    [Theory]
    [InlineData("nooks-style", "isolation=off fault=disk:wild-write@5", "unknown fault target 'disk'")]
    [InlineData("l4-style", "drivers fault=ata:wildwrite@5", "unknown fault kind 'wildwrite'")]
    [InlineData("nooks-style", "fault=ata:divide-by-zero@5", "ata cannot commit divide-by-zero")]
    [InlineData("nooks-style", "fault=ata:null-deref", "not of the form fault=<target>:<kind>@<n>")]
    [InlineData("nooks-style", "fault=ata:null-deref@", "the request number")]
    [InlineData("nooks-style", "fault=ata:null-deref@0", "the request number")]
    [InlineData("nooks-style", "fault=", "not of the form")]
    [InlineData("nooks-style", "fault=echo:throw@3", "this kernel has no fault target 'echo'")]
    [InlineData("halcheck", "fault=ata:null-deref@3", "this kernel has no fault target 'ata'")]
    [InlineData("nooks-style", "fault=ata:null-deref@3 fault=ata:bad-return@4", "a second plan for ata")]
    [InlineData("nooks-style", "fault=echo:throw@3!", "echo cannot commit a persistent fault (a trailing !)")]
    [InlineData("nooks-style", "fault=ata:null-deref@3!!", "the request number")]
    [InlineData("nooks-style", "fault=ata:null-deref!", "not of the form fault=<target>:<kind>@<n> (or @<n>! for a persistent fault)")]
    [InlineData("nooks-style", "fault=ata:null-deref@3! fault=ata:null-deref@3", "a second plan for ata")]
    [InlineData("l4-style", "fault=ata:null-deref@3", "l4-style starts ata only with one of the words drivers, workload")]
    public async Task APlanTheKernelCannotArm_IsRefused_BeforeQemuStarts(string kernel, string append, string expected)
    {
        using var qemu = Qemu();

        var refusal = await Assert.ThrowsAsync<BadUsageException>(() => BootSession.RunAsync(Request(kernel, append, qemu)));

        Assert.Equal(ExitCodes.BadUsage, refusal.ExitCode);
        Assert.Contains(expected, refusal.Message);
        Assert.DoesNotContain('\n', refusal.Message);
        Assert.False(File.Exists(Mark), "QEMU was started");
    }

    [Fact]
    public async Task TheRefusal_NamesTheKernelsTargetsAndTheirKinds()
    {
        using var qemu = Qemu();

        var refusal = await Assert.ThrowsAsync<BadUsageException>(
            () => BootSession.RunAsync(Request("nooks-style", "fault=disk:wild-write@5", qemu)));

        Assert.Equal("fault=disk:wild-write@5: unknown fault target 'disk'; nooks-style's fault targets and kinds: " +
            "ata, rtl8139 (null-deref, wild-write, infinite-loop, illegal-instruction, bad-return)", refusal.Message);
    }

    [Fact]
    public async Task AGoodPlan_Boots_AndWithoutACommitRecord_IsFaultNotTriggered()
    {
        using var qemu = Qemu();

        var result = await BootSession.RunAsync(Request("l4-style", "drivers fault=ata:null-deref@100000", qemu));

        Assert.True(File.Exists(Mark));
        Assert.Equal(Outcome.FaultNotTriggered, result.Outcome);
        Assert.Equal(ExitCodes.FaultNotTriggered, result.ExitCode);
        Assert.Contains("fault=ata:null-deref@100000 was never committed", result.Verdict.Reason);
    }

    [Fact]
    public void UnknownWords_AreThoseTheVocabularyLacks_KeysBeforeTheEqualsSign()
    {
        var image = new KernelCatalog(checkout.Root).Resolve("halcheck");

        Assert.Equal(["iteratons=50", "drivers"], CommandLinePrecheck.UnknownWords(image, "iteratons=50 iterations=5 drivers probe"));
        Assert.Empty(CommandLinePrecheck.UnknownWords(image with { Vocabulary = KernelVocabulary.Unknown }, "anything"));
    }

    [Fact]
    public async Task AnUnknownWord_IsAWarningBeforeTheBoot_NotARefusal()
    {
        using var qemu = Qemu();
        var observer = new Warnings();

        var result = await BootSession.RunAsync(Request("halcheck", "iteratons=50", qemu), observer);

        Assert.Equal(Outcome.Passed, result.Outcome);
        Assert.Equal(["halcheck reads no word 'iteratons=50': it would ignore it"], observer.Messages);
    }

    sealed class Warnings : IBootObserver
    {
        public List<string> Messages { get; } = [];
        public void CommandLineWarning(string message) => Messages.Add(message);
    }
}
