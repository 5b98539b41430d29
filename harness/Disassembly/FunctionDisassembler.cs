using Iced.Intel;

namespace Testbed.Harness.Disassembly;

/// <summary>One decoded instruction: address, raw bytes, Intel-syntax text.</summary>
public sealed record DisassembledInstruction(ulong Address, byte[] Bytes, string Text);

/// <summary>
/// Decodes a function's machine code with Iced (64-bit mode), so that a hot path can be
/// read and its instructions counted: the figure the icount benchmarks are made of.
/// </summary>
public static class FunctionDisassembler
{
    public static IReadOnlyList<DisassembledInstruction> Decode(ReadOnlyMemory<byte> code, ulong address)
    {
        var bytes = code.ToArray();
        var decoder = Decoder.Create(64, new ByteArrayCodeReader(bytes), address);
        var formatter = new IntelFormatter();
        formatter.Options.FirstOperandCharIndex = 8;
        var output = new StringOutput();
        var result = new List<DisassembledInstruction>();
        ulong end = address + (ulong)bytes.Length;
        while (decoder.IP < end)
        {
            decoder.Decode(out var instruction);
            formatter.Format(instruction, output);
            int offset = (int)(instruction.IP - address);
            result.Add(new DisassembledInstruction(instruction.IP, bytes[offset..(offset + instruction.Length)], output.ToStringAndReset()));
        }
        return result;
    }
}
