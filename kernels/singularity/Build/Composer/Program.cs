// Testbed.Singularity.Composer <out/system.manifest> <manifest.json=image.elf>...
// Exit 1 with one MSBuild-style error per problem if the system is refused.
using Singularity.Composer;

if (args.Length < 1)
{
    Console.Error.WriteLine("usage: Testbed.Singularity.Composer <system.manifest> <manifest.json=image.elf>...");
    return 2;
}
var sips = new List<SipManifest>();
foreach (string pair in args.Skip(1))
{
    int split = pair.IndexOf('=');
    string manifestPath = split < 0 ? pair : pair[..split];
    var (start, end) = split < 0 ? (0UL, 0UL) : ElfImage.LoadRange(File.ReadAllBytes(pair[(split + 1)..]));
    sips.Add(SipManifest.Parse(File.ReadAllText(manifestPath), manifestPath, start, end));
}
var errors = SystemComposer.Check(sips);
foreach (string error in errors)
    Console.WriteLine($"{args[0]} : error SIPM001: system refused before boot: {error}");
if (errors.Count > 0) return 1;
File.WriteAllText(args[0], SystemComposer.Render(sips));
Console.WriteLine($"{Path.GetFileName(args[0])}: {sips.Count} SIP(s), no conflicts, no undeclared needs");
return 0;
