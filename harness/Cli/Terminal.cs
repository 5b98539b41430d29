using Spectre.Console;
namespace Testbed.Harness.Cli;

/// <summary>
/// Where the harness writes: results and the boot log to standard output, errors to
/// standard error (so `testbed bench ... > out.txt` still shows why it failed).
/// Tests pass string writers to read what a command printed.
/// </summary>
public sealed class Terminal
{
    public required IAnsiConsole Out { get; init; }
    public required IAnsiConsole Error { get; init; }
    /// <summary>Where System.CommandLine writes --help.</summary>
    public required TextWriter HelpWriter { get; init; }

    public static Terminal System() => new()
    {
        Out = Console.IsOutputRedirected ? PlainConsole(Console.Out) : AnsiConsole.Console,
        Error = Console.IsErrorRedirected
            ? PlainConsole(Console.Error)
            : AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) }),
        HelpWriter = Console.Out,
    };

    /// <summary>
    /// A terminal without colours or escape codes, writing into the given writers: for tests,
    /// and for output piped into a file or a CI log, where escape codes are noise.
    /// </summary>
    public static Terminal Plain(TextWriter output, TextWriter error) => new()
    {
        Out = PlainConsole(output),
        Error = PlainConsole(error),
        HelpWriter = output,
    };

    static IAnsiConsole PlainConsole(TextWriter writer)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = AnsiSupport.No,
            ColorSystem = ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
            Out = new AnsiConsoleOutput(writer),
        });
        console.Profile.Width = 1000; // a log file has no width; do not wrap lines
        return console;
    }

    /// <summary>
    /// "error: ..." on standard error, as every failing command ends. Further lines of the
    /// message are printed verbatim (e.g. an install command to copy and paste).
    /// </summary>
    public void ReportError(string message)
    {
        var lines = message.Split('\n');
        Error.MarkupLineInterpolated($"[red]error:[/] {lines[0]}");
        foreach (var line in lines.Skip(1))
        {
            Error.Write(new Text(line));
            Error.WriteLine();
        }
    }
}
