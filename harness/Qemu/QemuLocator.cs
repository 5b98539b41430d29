namespace Testbed.Harness.Qemu;

/// <summary>Finds qemu-system-x86_64 on PATH.</summary>
public static class QemuLocator
{
    /// <summary>The executable's full path, or throws <see cref="QemuUnavailableException"/> with the install command.</summary>
    public static string Require(string? pathVariable = null) =>
        Find(pathVariable ?? Environment.GetEnvironmentVariable("PATH")) ?? throw QemuUnavailableException.NotInstalled();

    public static string? Find(string? pathVariable)
    {
        if (string.IsNullOrEmpty(pathVariable))
            return null;
        foreach (var folder in pathVariable.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
        {
            var candidate = Path.Combine(folder, QemuArguments.Executable);
            if (File.Exists(candidate))
                return candidate;
        }
        return null;
    }
}
