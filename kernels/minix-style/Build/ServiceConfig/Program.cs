// Testbed.Minix.ServiceConfig <system.conf> <out.bin>
// Exit 0 and write the privilege table if the configuration is accepted; else print one
// FILE:LINE: message per problem and exit 2, leaving no output file.
using Minix.SystemConf;

if (args.Length != 2)
{
    Console.Error.WriteLine("usage: Testbed.Minix.ServiceConfig <system.conf> <out.bin>");
    return 1;
}
string input = args[0], output = args[1];
string text;
try { text = File.ReadAllText(input); }
catch (IOException e) { Console.Error.WriteLine($"{Path.GetFileName(input)}:0: cannot read: {e.Message}"); return 2; }

var (config, errors) = ServiceConfigChecker.Check(text, Path.GetFileName(input));
if (errors.Count > 0)
{
    foreach (var error in errors) Console.Error.WriteLine(error);
    return 2;
}
// Written beside the target then moved, so that a crash or refusal never leaves a partial table.
string temporary = output + ".tmp";
File.WriteAllBytes(temporary, PrivilegeTableWriter.Write(config));
File.Move(temporary, output, overwrite: true);
Console.WriteLine($"{Path.GetFileName(input)}: accepted ({config.Services.Count} services)");
return 0;
