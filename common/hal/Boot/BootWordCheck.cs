// The boot's look at its own command line, before the kernel's main runs: every word no
// part of this kernel reads is a warning record, and every `fault=` word this kernel cannot
// arm (malformed, an unknown target or kind, a kind its target cannot commit, a bad request
// number, a target this kernel does not have, a second plan for one target) is a failed
// check fault.armed: a fault plan is never silently ignored. The kernel's vocabulary and fault targets come from its build
// (<KernelWord> and <FaultTarget> items; common/build/BareMetal.targets generates them).
using System.Runtime;
using System.Runtime.CompilerServices;
using Testbed.Drivers.Faults;
using Testbed.Protocol;

namespace Testbed.Hal;

public static unsafe class BootWordCheck
{
    [MethodImpl(MethodImplOptions.InternalCall), RuntimeImport("*", "tb_kernel_vocabulary")] private static extern string Vocabulary();
    [MethodImpl(MethodImplOptions.InternalCall), RuntimeImport("*", "tb_kernel_fault_targets")] private static extern string FaultTargets();

    public static void Run()
    {
        byte* line = Multiboot.CommandLine;
        string vocabulary = Vocabulary();
        byte* cursor = line;
        while (CommandLineVocabulary.NextUnknown(ref cursor, line, vocabulary, out byte* word, out byte* end))
            TbLine.Begin(ProtocolNames.Warning).Field("name", ProtocolNames.UnknownWordWarning).FieldText("word", word, end)
                .Field("known", vocabulary).End();

        string targets = FaultTargets();
        uint seen = 0;
        cursor = line;
        while (FaultPlanParser.NextWord(ref cursor, out byte* value, out byte* valueEnd))
        {
            FaultWordProblem problem = FaultPlanParser.Parse(value, valueEnd, out FaultPlan plan);
            if (problem == FaultWordProblem.None && !Names(targets, FaultCatalog.TargetName(plan.Target)))
                problem = FaultWordProblem.TargetNotInKernel;
            if (problem == FaultWordProblem.None && (seen & (1u << (int)plan.Target)) != 0)
                problem = FaultWordProblem.DuplicateTarget;
            if (problem == FaultWordProblem.None) seen |= 1u << (int)plan.Target;
            if (problem != FaultWordProblem.None)
                Report.FailedWord(ProtocolNames.FaultArmedCheck, ProblemName(problem), value - FaultPlanParser.Key.Length, valueEnd);
        }
    }

    private static string ProblemName(FaultWordProblem problem) => problem switch
    {
        FaultWordProblem.Malformed => "malformed: not <target>:<kind>@<n>",
        FaultWordProblem.UnknownTarget => "unknown target",
        FaultWordProblem.UnknownKind => "unknown kind",
        FaultWordProblem.KindNotSupported => "a kind its target cannot commit",
        FaultWordProblem.BadRequestNumber => "bad request number",
        FaultWordProblem.DuplicateTarget => "a second plan for the same target",
        _ => "a target this kernel does not have",
    };

    private static bool Names(string list, string name)
    {
        int i = 0;
        while (i < list.Length)
        {
            while (i < list.Length && list[i] == ' ') i++;
            int start = i;
            while (i < list.Length && list[i] != ' ') i++;
            if (i - start != name.Length || name.Length == 0) continue;
            int k = 0;
            while (k < name.Length && list[start + k] == name[k]) k++;
            if (k == name.Length) return true;
        }
        return false;
    }
}
