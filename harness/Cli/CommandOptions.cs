using System.CommandLine;
using Testbed.Harness.Qemu;

namespace Testbed.Harness.Cli;

/// <summary>The arguments and options that boot and bench share, each built with its command's default.</summary>
internal static class CommandOptions
{
    public static Argument<string> Kernel() => new("kernel")
    {
        Description = "A kernel name (a folder under kernels/; see `testbed list`) or the path to an image file",
    };

    public static Option<string> Accel(string defaultValue, params string[] allowed)
    {
        var option = new Option<string>("--accel")
        {
            Description = "Accelerator: " + string.Join(", ", allowed) +
                (allowed.Contains("auto") ? " (auto: KVM if /dev/kvm is usable and a probe boot works, else TCG)" : ""),
            DefaultValueFactory = _ => defaultValue,
        };
        option.AcceptOnlyFromAmong(allowed);
        return option;
    }

    public static Option<double> Timeout(int defaultSeconds)
    {
        var option = new Option<double>("--timeout")
        {
            Description = "Watchdog in seconds: QEMU is killed and the boot counted as a hang after this long",
            DefaultValueFactory = _ => defaultSeconds,
        };
        option.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<double>() is var seconds && !(seconds > 0))
                result.AddError($"--timeout must be a positive number of seconds, not {seconds}");
        });
        return option;
    }

    public static Option<string?> Append() => new("--append")
    {
        Description = "Kernel command line words, e.g. \"samples seed=7\" (see PROTOCOL.md)",
    };

    public static AccelRequest ParseAccel(string name) => AccelRequests.Parse(name);
}
