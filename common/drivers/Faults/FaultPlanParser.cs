// Parses `fault=<target>:<kind>@<n>[!]` words out of a NUL-terminated command line. Plain code
// with no runtime needs (no allocation), so kernels, ring-3 tasks and the harness (and its
// unit tests) run the same parser.
namespace Testbed.Drivers.Faults;

public static unsafe class FaultPlanParser
{
    public const string Key = "fault=";

    /// <summary>
    /// The plan the command line gives the target named <paramref name="target"/>; false (and
    /// an unarmed plan) if there is none for it or its word has a problem (the kernel's boot
    /// check reports those as fault.armed failures).
    /// </summary>
    public static bool TryParse(byte* commandLine, string target, out FaultPlan plan)
    {
        plan = default;
        byte* cursor = commandLine;
        while (NextWord(ref cursor, out byte* value, out byte* end))
        {
            if (Parse(value, end, out FaultPlan candidate) == FaultWordProblem.None
                && Equals(target, FaultCatalog.TargetName(candidate.Target)))
            {
                plan = candidate;
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// Finds the next `fault=` word at or after <paramref name="cursor"/> (which it advances
    /// past it): its value is [value, end). False at the end of the line.
    /// </summary>
    public static bool NextWord(ref byte* cursor, out byte* value, out byte* end)
    {
        value = end = null;
        if (cursor == null) return false;
        while (*cursor != 0)
        {
            while (*cursor == ' ') cursor++;
            byte* word = cursor;
            while (*cursor != 0 && *cursor != ' ') cursor++;
            if (StartsWith(word, cursor, Key))
            {
                value = word + Key.Length;
                end = cursor;
                return true;
            }
        }
        return false;
    }

    /// <summary>The suffix of a persistent plan: `fault=ata:null-deref@3!`.</summary>
    public const byte PersistentMark = (byte)'!';

    /// <summary>Parses one value `&lt;target&gt;:&lt;kind&gt;@&lt;n&gt;[!]` in [value, end).</summary>
    public static FaultWordProblem Parse(byte* value, byte* end, out FaultPlan plan)
    {
        plan = default;
        // One `!`, last: `@3!!`, `@!` and `@3!x` are malformed numbers, caught below.
        bool persistent = end > value && end[-1] == PersistentMark;
        if (persistent) end--;
        byte* colon = value;
        while (colon < end && *colon != ':') colon++;
        byte* at = colon;
        while (at < end && *at != '@') at++;
        if (colon >= end || at >= end || colon == value || at == colon + 1) return FaultWordProblem.Malformed;

        FaultTarget target = FaultTarget.None;
        for (var t = FaultTarget.Ata; t <= FaultCatalog.LastTarget; t++)
            if (Equals(value, colon, FaultCatalog.TargetName(t))) target = t;
        if (target == FaultTarget.None) return FaultWordProblem.UnknownTarget;

        InjectedFault kind = InjectedFault.None;
        for (var k = InjectedFault.NullDeref; k <= FaultCatalog.LastKind; k++)
            if (Equals(colon + 1, at, FaultCatalog.KindName(k))) kind = k;
        if (kind == InjectedFault.None) return FaultWordProblem.UnknownKind;
        if (!FaultCatalog.Supports(target, kind)) return FaultWordProblem.KindNotSupported;
        if (persistent && !FaultCatalog.SupportsPersistent(target)) return FaultWordProblem.KindNotSupported;

        ulong n = 0;
        byte* digit = at + 1;
        if (digit >= end) return FaultWordProblem.BadRequestNumber;
        for (; digit < end; digit++)
        {
            if (*digit < '0' || *digit > '9') return FaultWordProblem.BadRequestNumber;
            n = n * 10 + (uint)(*digit - '0');
            if (n > FaultCatalog.MaxRequest(target)) return FaultWordProblem.BadRequestNumber;
        }
        if (n == 0) return FaultWordProblem.BadRequestNumber;
        plan.Target = target;
        plan.Kind = kind;
        plan.AtRequest = (uint)n;
        plan.Persistent = persistent;
        return FaultWordProblem.None;
    }

    private static bool StartsWith(byte* text, byte* end, string prefix)
    {
        if (end - text < prefix.Length) return false;
        for (int i = 0; i < prefix.Length; i++)
            if (text[i] != prefix[i]) return false;
        return true;
    }

    private static bool Equals(byte* text, byte* end, string expected)
        => end - text == expected.Length && StartsWith(text, end, expected);

    private static bool Equals(string a, string b)
    {
        if (a.Length != b.Length) return false;
        for (int i = 0; i < a.Length; i++)
            if (a[i] != b[i]) return false;
        return true;
    }
}
