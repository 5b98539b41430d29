using System.Text;
using Testbed.Drivers.Faults;

namespace Testbed.Harness.Boot;

/// <summary>
/// The command line's check before QEMU starts. Every <c>fault=</c> word is parsed by the
/// parser the kernels run (common/drivers/Faults) and checked against the targets the
/// kernel's build published (fault-targets.txt): a plan the kernel could not arm, or
/// whose target the other words will not start, is refused with one line (exit code 2), so
/// that no boot can report "passed" for a fault that was never injected. Words the kernel's
/// published vocabulary lacks are warnings: the kernel would ignore them.
/// </summary>
public static class CommandLinePrecheck
{
    /// <summary>The fault plans of <paramref name="append"/>; throws <see cref="BadUsageException"/> for one the kernel cannot arm.</summary>
    public static IReadOnlyList<FaultPlan> RequireFaultPlans(KernelImage image, string? append)
    {
        var words = Words(append);
        var plans = new List<FaultPlan>();
        foreach (var word in words.Where(IsFaultWord))
        {
            var problem = Parse(word, out var plan);
            var targets = image.Vocabulary.FaultTargets;
            var entry = targets?.FirstOrDefault(t => t.Name == FaultCatalog.TargetName(plan.Target));
            if (problem == FaultWordProblem.None && targets is not null && entry is null)
                problem = FaultWordProblem.TargetNotInKernel;
            if (problem == FaultWordProblem.None && plans.Any(p => p.Target == plan.Target))
                problem = FaultWordProblem.DuplicateTarget;
            if (problem != FaultWordProblem.None)
                throw new BadUsageException($"{word}: {Describe(problem, word)}; {Known(image)}");
            if (entry is { StartsWith.Count: > 0 } && !words.Any(w => entry.StartsWith.Contains(KeyOf(w))))
                throw new BadUsageException(
                    $"{word}: {image.Name} starts {entry.Name} only with one of the words {string.Join(", ", entry.StartsWith)}; {Known(image)}");
            plans.Add(plan);
        }
        return plans;
    }

    /// <summary>The well-formed fault plans of <paramref name="append"/>, unchecked (what a boot that skipped the check expects).</summary>
    public static IReadOnlyList<FaultPlan> FaultPlansOf(string? append)
    {
        var plans = new List<FaultPlan>();
        foreach (var word in Words(append).Where(IsFaultWord))
            if (Parse(word, out var plan) == FaultWordProblem.None && !plans.Any(p => p.Target == plan.Target))
                plans.Add(plan);
        return plans;
    }

    /// <summary>The words of <paramref name="append"/> whose key the kernel's published vocabulary lacks.</summary>
    public static IReadOnlyList<string> UnknownWords(KernelImage image, string? append)
        => Words(append).Where(word => !image.Vocabulary.Knows(KeyOf(word))).ToList();

    /// <summary>The spelling a plan has on the command line: <c>fault=ata:null-deref@5</c>.</summary>
    public static string WordOf(FaultPlan plan)
        => $"{FaultPlanParser.Key}{FaultCatalog.TargetName(plan.Target)}:{FaultCatalog.KindName(plan.Kind)}@{plan.AtRequest}{(plan.Persistent ? "!" : "")}";

    static IReadOnlyList<string> Words(string? append) => (append ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries);

    static bool IsFaultWord(string word) => KeyOf(word) == "fault";

    static string KeyOf(string word) => word.Split('=', 2)[0];

    static unsafe FaultWordProblem Parse(string word, out FaultPlan plan)
    {
        var value = word.Length > FaultPlanParser.Key.Length ? word[FaultPlanParser.Key.Length..] : "";
        var bytes = Encoding.Latin1.GetBytes(value + "\0");
        fixed (byte* start = bytes)
            return FaultPlanParser.Parse(start, start + value.Length, out plan);
    }

    static string Describe(FaultWordProblem problem, string word)
    {
        var parts = word[Math.Min(word.Length, FaultPlanParser.Key.Length)..].Split(':', 2);
        var kind = parts.Length > 1 ? parts[1].Split('@', 2)[0] : "";
        return problem switch
        {
            FaultWordProblem.Malformed => "not of the form fault=<target>:<kind>@<n> (or @<n>! for a persistent fault)",
            FaultWordProblem.KindNotSupported when word.EndsWith('!') && FaultCatalog.Supports(TargetNamed(parts[0]), KindNamed(kind))
                => $"{parts[0]} cannot commit a persistent fault (a trailing !)",
            FaultWordProblem.UnknownTarget => $"unknown fault target '{parts[0]}'",
            FaultWordProblem.UnknownKind => $"unknown fault kind '{kind}'",
            FaultWordProblem.KindNotSupported => $"{parts[0]} cannot commit {kind}",
            FaultWordProblem.BadRequestNumber => "the request number after @ must be a whole number from 1 (echo: at most 65535)",
            FaultWordProblem.TargetNotInKernel => $"this kernel has no fault target '{parts[0]}'",
            FaultWordProblem.DuplicateTarget => $"a second plan for {parts[0]} (a target commits one planned fault)",
            _ => problem.ToString(),
        };
    }

    static FaultTarget TargetNamed(string name)
    {
        for (var t = FaultTarget.Ata; t <= FaultCatalog.LastTarget; t++)
            if (FaultCatalog.TargetName(t) == name) return t;
        return FaultTarget.None;
    }

    static InjectedFault KindNamed(string name)
    {
        for (var k = InjectedFault.NullDeref; k <= FaultCatalog.LastKind; k++)
            if (FaultCatalog.KindName(k) == name) return k;
        return InjectedFault.None;
    }

    /// <summary>"targets: ata, rtl8139 (null-deref, ...)": what a fault= word may say for this kernel.</summary>
    static string Known(KernelImage image)
    {
        var names = image.Vocabulary.FaultTargets?.Select(t => t.Name).ToList()
            ?? Enumerable.Range(1, (int)FaultCatalog.LastTarget).Select(t => FaultCatalog.TargetName((FaultTarget)t)).ToList();
        if (names.Count == 0)
            return $"{image.Name} has no fault targets";
        var groups = names
            .Select(name => (Name: name, Kinds: string.Join(", ", KindsOf(name))))
            .GroupBy(t => t.Kinds)
            .Select(g => $"{string.Join(", ", g.Select(t => t.Name))} ({(g.Key.Length == 0 ? "no kinds" : g.Key)})");
        return $"{image.Name}'s fault targets and kinds: {string.Join("; ", groups)}";
    }

    static IEnumerable<string> KindsOf(string targetName)
    {
        var target = Enumerable.Range(1, (int)FaultCatalog.LastTarget).Select(t => (FaultTarget)t)
            .FirstOrDefault(t => FaultCatalog.TargetName(t) == targetName);
        return Enumerable.Range(1, (int)FaultCatalog.LastKind).Select(k => (InjectedFault)k)
            .Where(k => FaultCatalog.Supports(target, k)).Select(FaultCatalog.KindName);
    }
}
