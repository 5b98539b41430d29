// Testbed.Singularity.Verifier <sip.dll> [--manifest manifest.json] [--allow Name]...
// Exit 0 if the SIP assembly is verifiably safe and references only the libraries its
// manifest declares as dependencies (each one a trusted SIP library), else print one
// MSBuild-style error per problem (method and instruction named) and exit 1.
using System.Text.Json;
using Singularity.Verifier;

if (args.Length == 0)
{
    Console.Error.WriteLine("usage: Testbed.Singularity.Verifier <sip.dll> [--manifest manifest.json] [--allow AssemblyName]...");
    return 2;
}
string path = args[0];
var allowed = new List<string>();
var problems = new List<string>();
for (int i = 1; i + 1 < args.Length; i++)
{
    if (args[i] == "--allow") allowed.Add(args[++i]);
    else if (args[i] == "--manifest")
    {
        string manifest = args[++i];
        using var document = JsonDocument.Parse(File.ReadAllText(manifest), new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        if (document.RootElement.TryGetProperty("dependencies", out var dependencies))
            foreach (var dependency in dependencies.EnumerateArray())
            {
                string name = dependency.GetString() ?? "";
                if (SipVerifier.TrustedLibraries.Contains(name)) allowed.Add(name);
                else problems.Add($"{manifest}: dependency '{name}' is not a trusted SIP library ({string.Join(", ", SipVerifier.TrustedLibraries)})");
            }
    }
}

var errors = SipVerifier.Verify(path, allowed.Count > 0 ? allowed : null);
foreach (string problem in problems)
    Console.WriteLine($"{path} : error SIPV002: SIP refused by the verifier: {problem}");
foreach (var error in errors)
    Console.WriteLine($"{path} : error SIPV001: SIP refused by the verifier: {error}");
if (errors.Count + problems.Count == 0) Console.WriteLine($"{Path.GetFileName(path)}: verified (no unsafe code; references only its declared dependencies)");
return errors.Count + problems.Count == 0 ? 0 : 1;
