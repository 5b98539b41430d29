// testbed-verify <sip.dll> [--allow Name]...: exit 0 if the SIP assembly is verifiably
// safe, else print one MSBuild-style error per problem (method and instruction named) and exit 1.
using Singularity.Verifier;

if (args.Length == 0)
{
    Console.Error.WriteLine("usage: Testbed.Singularity.Verifier <sip.dll> [--allow AssemblyName]...");
    return 2;
}
string path = args[0];
var allowed = new List<string>();
for (int i = 1; i + 1 < args.Length; i++)
    if (args[i] == "--allow") allowed.Add(args[++i]);

var errors = SipVerifier.Verify(path, allowed.Count > 0 ? allowed : null);
foreach (var error in errors)
    Console.WriteLine($"{path} : error SIPV001: SIP refused by the verifier: {error}");
if (errors.Count == 0) Console.WriteLine($"{Path.GetFileName(path)}: verified (no unsafe code, references only allowed SIP libraries)");
return errors.Count == 0 ? 0 : 1;
