// Parses `fault=<driver>:<kind>@<n>` out of a NUL-terminated command line. Plain code with
// no runtime needs, so the harness's unit tests compile it too.
namespace Testbed.Drivers.Faults;

public static unsafe class FaultPlanParser
{
    private const string Key = "fault=";

    /// <summary>
    /// The plan the command line gives the driver named <paramref name="driver"/>; false (and
    /// an unarmed plan) if there is none for it or the word is malformed.
    /// </summary>
    public static bool TryParse(byte* commandLine, string driver, out FaultPlan plan)
    {
        plan = default;
        if (commandLine == null) return false;
        byte* p = commandLine;
        while (*p != 0)
        {
            while (*p == ' ') p++;
            byte* word = p;
            while (*p != 0 && *p != ' ') p++;
            if (StartsWith(word, p, Key) && TryParseValue(word + Key.Length, p, driver, out plan)) return true;
        }
        plan = default;
        return false;
    }

    private static bool TryParseValue(byte* value, byte* end, string driver, out FaultPlan plan)
    {
        plan = default;
        if (!StartsWith(value, end, driver) || value + driver.Length >= end || value[driver.Length] != ':') return false;
        byte* kind = value + driver.Length + 1;
        byte* at = kind;
        while (at < end && *at != '@') at++;
        if (at >= end) return false;
        DriverFaultKind parsed = DriverFaultKind.None;
        for (var k = DriverFaultKind.NullDeref; k <= DriverFaultKind.BadReturn; k++)
            if (Equals(kind, at, FaultPlan.KindName(k))) parsed = k;
        if (parsed == DriverFaultKind.None) return false;
        uint n = 0;
        byte* digit = at + 1;
        if (digit >= end) return false;
        for (; digit < end; digit++)
        {
            if (*digit < '0' || *digit > '9' || n > 100_000_000) return false;
            n = n * 10 + (uint)(*digit - '0');
        }
        if (n == 0) return false;
        plan.Kind = parsed;
        plan.AtRequest = n;
        return true;
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
}
