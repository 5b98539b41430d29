using System.CommandLine.Parsing;

namespace Testbed.Harness.Cli;

/// <summary>The arguments and options the commands share, each built with its command's default and words.</summary>
internal static class CommandOptions
{
    public static Argument<string> Kernel() => new("kernel")
    {
        Description = "A kernel name (a folder under kernels/; see `testbed list`) or the path to an image file",
    };

    /// <summary>Zero or more kernels a multi-kernel command runs, with what it takes when none is named.</summary>
    public static Argument<string[]> Kernels(string description) => new("kernels")
    {
        Description = description,
        Arity = ArgumentArity.ZeroOrMore,
    };

    public static Option<string> Accel(string defaultValue, params string[] allowed)
    {
        var option = new Option<string>("--accel")
        {
            Description = "Accelerator" +
                (allowed.Contains("auto") ? " (auto: KVM if /dev/kvm is usable and a probe boot works, else TCG)" : ""),
            HelpName = string.Join('|', allowed),
            DefaultValueFactory = _ => defaultValue,
        };
        // Our own check rather than AcceptOnlyFromAmong: its message spans several lines.
        option.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<string>() is var value && !allowed.Contains(value))
                result.AddError($"--accel must be {string.Join(", ", allowed[..^1])} or {allowed[^1]}, not '{value}'");
        });
        return option;
    }

    public static Option<double> Timeout(int defaultSeconds) => new("--timeout")
    {
        Description = "Watchdog in seconds: QEMU is killed and the boot counted as a hang after this long",
        HelpName = "seconds",
        DefaultValueFactory = _ => defaultSeconds,
        CustomParser = result => PositiveNumber(result, "--timeout", "a positive number of seconds", defaultSeconds),
    };

    public static Option<int> Iterations(int defaultValue) => new("--iterations")
    {
        Description = "Samples per benchmark, passed to the kernel as iterations=N",
        HelpName = "N",
        DefaultValueFactory = _ => defaultValue,
        CustomParser = result => (int)PositiveNumber(result, "--iterations", "a positive whole number", defaultValue, wholeNumber: true),
    };

    /// <summary>An optional positive whole number (e.g. profile's --sample and --top); null when not given.</summary>
    public static Option<int?> OptionalCount(string name, string helpName, string description) => new(name)
    {
        Description = description,
        HelpName = helpName,
        CustomParser = result => result.Tokens.Count == 0
            ? null
            : (int)PositiveNumber(result, name, "a positive whole number", 1, wholeNumber: true),
    };

    // Conversion and range check in one place, so a bad value gives exactly one error line
    // (a separate validator would also run after a failed conversion).
    static double PositiveNumber(ArgumentResult result, string option, string expected, double defaultValue, bool wholeNumber = false)
    {
        if (result.Tokens.Count == 0)
            return defaultValue;
        var text = result.Tokens[^1].Value;
        var parsed = wholeNumber
            ? int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var whole) ? whole : double.NaN
            : double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var real) ? real : double.NaN;
        if (!(parsed > 0) || double.IsInfinity(parsed))
        {
            result.AddError($"{option} must be {expected}, not '{text}'");
            return defaultValue;
        }
        return parsed;
    }

    public static Option<string?> Append(string description = "Kernel command line words, e.g. \"samples seed=7\" (see PROTOCOL.md)") =>
        new("--append") { HelpName = "WORDS", Description = description };

    /// <summary>A switch: present or not.</summary>
    public static Option<bool> Flag(string name, string description) => new(name) { Description = description };

    /// <summary>An option naming a file to read or write; null when not given.</summary>
    public static Option<FileInfo?> File(string name, string description) => new(name) { HelpName = "FILE", Description = description };

    /// <summary>An option naming a folder; null when not given.</summary>
    public static Option<DirectoryInfo?> Folder(string name, string description) => new(name) { HelpName = "DIR", Description = description };
}
