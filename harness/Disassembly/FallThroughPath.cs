using Iced.Intel;

namespace Testbed.Harness.Disassembly;

/// <summary>
/// The instructions a hot path executes when every check passes, read from the image: from
/// a symbol, conditional branches fall through (the checks' exits to a slow path are not
/// taken), direct jumps are followed (into other symbols too), calls are stepped over (the
/// call counts, the callee does not), up to the first return, sysret, iret or indirect jump.
/// This is how the fast paths are written (check, fall through, commit) and what the
/// README's counts mean; `testbed disasm --path` prints it.
/// </summary>
public static class FallThroughPath
{
    public const string Rule = "conditional branches fall through, jumps followed, calls stepped over, up to the first return";

    public static IReadOnlyList<DisassembledInstruction> Walk(ElfSymbolTable table, ulong start, int limit = 4096)
    {
        var formatter = new IntelFormatter();
        formatter.Options.FirstOperandCharIndex = 8;
        var output = new StringOutput();
        var path = new List<DisassembledInstruction>();
        var seen = new HashSet<ulong>();
        var buffer = new byte[16];
        ulong address = start;
        while (true)
        {
            if (!seen.Add(address) || path.Count >= limit)
                throw new BadImageException($"the path from 0x{start:x} loops back to 0x{address:x} without returning");
            int length = table.ReadCode(address, buffer);
            if (length == 0)
                throw new BadImageException($"the path from 0x{start:x} leaves the image's code at 0x{address:x}");
            var decoder = Decoder.Create(64, new ByteArrayCodeReader(buffer, 0, length), address);
            decoder.Decode(out var instruction);
            if (instruction.IsInvalid)
                throw new BadImageException($"no valid instruction at 0x{address:x} on the path from 0x{start:x}");
            formatter.Format(instruction, output);
            path.Add(new DisassembledInstruction(address, buffer[..instruction.Length], output.ToStringAndReset()));

            if (Ends(instruction))
                return path;
            address = instruction.FlowControl == FlowControl.UnconditionalBranch && instruction.IsJmpShortOrNear
                ? instruction.NearBranchTarget
                : instruction.NextIP;
        }
    }

    static bool Ends(in Instruction instruction) =>
        instruction.FlowControl is FlowControl.Return or FlowControl.IndirectBranch or FlowControl.Exception or FlowControl.Interrupt
        || instruction.Mnemonic is Mnemonic.Sysret or Mnemonic.Sysretq or Mnemonic.Iret or Mnemonic.Iretd or Mnemonic.Iretq or Mnemonic.Hlt
        || (instruction.FlowControl == FlowControl.UnconditionalBranch && !instruction.IsJmpShortOrNear);
}
