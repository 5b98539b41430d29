// The IL instruction set (ECMA-335 partition III), taken from System.Reflection.Emit's own
// table so that every operand size is right: the verifier walks method bodies with it.
using System.Reflection;
using System.Reflection.Emit;

namespace Singularity.Verifier;

internal static class IlOpcodes
{
    private static readonly OpCode[] OneByte = new OpCode[256];
    private static readonly OpCode[] TwoByte = new OpCode[256];

    static IlOpcodes()
    {
        foreach (var field in typeof(OpCodes).GetFields(BindingFlags.Public | BindingFlags.Static))
        {
            var code = (OpCode)field.GetValue(null)!;
            ushort value = (ushort)code.Value;
            if (code.Size == 1) OneByte[value] = code;
            else TwoByte[value & 0xFF] = code;
        }
    }

    /// <summary>Reads the instruction at <paramref name="offset"/>; returns it and the offset of its operand.</summary>
    public static OpCode Read(byte[] il, ref int offset)
    {
        byte first = il[offset++];
        return first == 0xFE ? TwoByte[il[offset++]] : OneByte[first];
    }

    public static int OperandSize(OpCode code, byte[] il, int operandOffset) => code.OperandType switch
    {
        OperandType.InlineNone => 0,
        OperandType.ShortInlineBrTarget or OperandType.ShortInlineI or OperandType.ShortInlineVar => 1,
        OperandType.InlineVar => 2,
        OperandType.InlineI8 or OperandType.InlineR => 8,
        OperandType.InlineSwitch => 4 + 4 * BitConverter.ToInt32(il, operandOffset),
        _ => 4,
    };
}
