namespace Testbed.Tests.Support;

/// <summary>Builds parsed @tb records from JSON, as the kernel would print them.</summary>
internal static class Records
{
    public static TbRecord Parse(string json) =>
        SerialLineParser.Parse("@tb " + json) as TbRecord ?? throw new ArgumentException($"not a valid record: {json}");

    public static IReadOnlyList<TbRecord> ParseAll(params string[] jsons) => jsons.Select(Parse).ToList();

    public static TbRecord Check(string name, bool ok) => Parse($$"""{"kind":"check","name":"{{name}}","ok":{{(ok ? "true" : "false")}}}""");
    public static TbRecord Done(bool ok) => Parse($$"""{"kind":"done","ok":{{(ok ? "true" : "false")}}}""");
    public static TbRecord Panic(string reason) => Parse($$"""{"kind":"panic","reason":"{{reason}}","rip":"0x1000"}""");
    public static TbRecord Hello() => Parse("""{"kind":"hello","kernel":"halcheck","cmdline":"probe"}""");
}
