// Writes one `@tb {json}` line of the serial result protocol (common/protocol/PROTOCOL.md)
// straight to the UART, with no allocation, so that it works in any context.
//   TbLine.Begin("fault").Field("name", "page-fault").Field("vector", 14).End();
namespace Testbed.Hal;

public ref struct TbLine
{
    public static TbLine Begin(string kind)
    {
        Console.Write(Testbed.Protocol.ProtocolNames.Prefix);
        Console.Write("{\"kind\":\"");
        WriteEscaped(kind);
        Console.Write('"');
        return new TbLine();
    }

    public TbLine Field(string name, string value)
    {
        Key(name);
        Console.Write('"');
        WriteEscaped(value);
        Console.Write('"');
        return this;
    }

    public unsafe TbLine FieldCString(string name, byte* value)
    {
        Key(name);
        Console.Write('"');
        if (value != null)
            for (; *value != 0; value++) WriteEscapedChar((char)*value);
        Console.Write('"');
        return this;
    }

    /// <summary>A string field from the bytes [start, end) (a word of the command line).</summary>
    public unsafe TbLine FieldText(string name, byte* start, byte* end)
    {
        Key(name);
        Console.Write('"');
        for (byte* p = start; p < end; p++) WriteEscapedChar((char)*p);
        Console.Write('"');
        return this;
    }

    public TbLine Field(string name, ulong value)
    {
        Key(name);
        Console.WriteDecimal(value);
        return this;
    }

    public TbLine Field(string name, bool value)
    {
        Key(name);
        Console.Write(value ? "true" : "false");
        return this;
    }

    /// <summary>An address, as a JSON string "0x..." (JSON numbers lose precision above 2^53).</summary>
    public TbLine Address(string name, ulong value)
    {
        Key(name);
        Console.Write('"');
        Console.WriteHex(value);
        Console.Write('"');
        return this;
    }

    public void End() => Console.Write("}\n");

    private static void Key(string name)
    {
        Console.Write(",\"");
        WriteEscaped(name);
        Console.Write("\":");
    }

    private static void WriteEscaped(string text)
    {
        for (int i = 0; i < text.Length; i++) WriteEscapedChar(text[i]);
    }

    private static void WriteEscapedChar(char c)
    {
        if (c == '"' || c == '\\')
        {
            Console.Write('\\');
            Console.Write(c);
        }
        else if (c < ' ' || c > '~')
        {
            Console.Write('?');
        }
        else
        {
            Console.Write(c);
        }
    }
}
