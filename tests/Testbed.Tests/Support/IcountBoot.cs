namespace Testbed.Tests.Support;

/// <summary>
/// How the boot tests run a built kernel image: QEMU TCG with icount, the deterministic mode
/// every reference figure is measured in (the harness adds the devices the kernel's project
/// declares in qemu-args.txt), and what a failed assertion shows of the boot.
/// </summary>
internal static class IcountBoot
{
    public static Task<BootResult> RunAsync(string kernel, string append, int timeoutSeconds = 60, bool checkCommandLine = true) =>
        BootSession.RunAsync(BootRequest.ForKernel(kernel) with
        {
            Accel = AccelRequest.Tcg,
            Icount = true,
            Timeout = TimeSpan.FromSeconds(timeoutSeconds),
            Append = append,
            CheckCommandLine = checkCommandLine,
        });

    /// <summary>The outcome and its reason, the log's last lines and the last records: why a boot did not go as asserted.</summary>
    public static string Describe(BootResult result) =>
        $"{result.Outcome}: {result.Verdict.Reason}\n{string.Join('\n', result.LogLines.TakeLast(20))}\n" +
        string.Join('\n', result.Records.TakeLast(15).Select(r => r.Kind + " " + r.Fields.ToString()));

    public static void AssertPassed(BootResult result) => Assert.True(result.Outcome == Outcome.Passed, Describe(result));

    /// <summary>Every named check was reported, and every report of it passed (a kernel may report one check more than once).</summary>
    public static void AssertChecksPassed(BootResult result, IEnumerable<string> names)
    {
        var reported = result.Checks.ToLookup(c => c.Name);
        foreach (var name in names)
        {
            Assert.True(reported.Contains(name), $"check {name} was not reported\n{Describe(result)}");
            Assert.All(reported[name], check => Assert.True(check.Ok, $"check {name} failed: {check.Detail}"));
        }
    }

    /// <summary>The fault-plan records of a boot (armed, then committed from inside the driver), in order.</summary>
    public static List<FaultPlanRecord> FaultPlans(BootResult result) => result.Records.Select(r => r.AsFaultPlan()).OfType<FaultPlanRecord>().ToList();

    /// <summary>The one commit of the plan aimed at <paramref name="driver"/>.</summary>
    public static FaultPlanRecord CommittedPlan(BootResult result, string driver) =>
        Assert.Single(FaultPlans(result), p => p.Target == driver && p.IsCommitted);
}
