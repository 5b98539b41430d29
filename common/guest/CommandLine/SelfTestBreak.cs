// The command-line word that hands chosen checks a wrong input, so that a boot test can
// show each of them report failure: `selftest-break=<check>[,<check>...]`, for example
// `selftest-break=runtime.virtual-calls,runtime.casts`. A kernel (or a process it passes
// its line to) asks whether a check is named and, if so, perturbs what the check reads,
// never its verdict: the real comparison must then fail. Raw bytes, no allocation.
namespace Testbed.Guest.CommandLine;

public static unsafe class SelfTestBreak
{
    public const string Key = "selftest-break";

    /// <summary>True if <paramref name="line"/> names <paramref name="check"/> in <c>selftest-break=</c>.</summary>
    public static bool Names(byte* line, string check)
    {
        byte* value = CommandLineWords.Find(line, Key, out bool hasValue);
        if (value == null || !hasValue) return false;
        while (*value != 0 && *value != ' ')
        {
            int i = 0;
            while (i < check.Length && value[i] == check[i]) i++;
            if (i == check.Length && (value[i] == 0 || value[i] == ' ' || value[i] == ',')) return true;
            while (*value != 0 && *value != ' ' && *value != ',') value++;
            if (*value == ',') value++;
        }
        return false;
    }
}
