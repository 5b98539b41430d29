namespace Testbed.Host;

/// <summary>
/// The smallest static program: a 129-byte x86-64 ELF executable with one loadable segment
/// whose code is exit(0) (mov eax, 60; xor edi, edi; syscall). No dynamic loader, no libc:
/// spawning it measures the kernel's process creation, exec and exit, not a program's start-up.
/// </summary>
internal static class TinyElf
{
    const ulong Base = 0x400000;
    const int HeaderSize = 64, ProgramHeaderSize = 56;
    static readonly byte[] Code = [0xB8, 0x3C, 0x00, 0x00, 0x00, 0x31, 0xFF, 0x0F, 0x05];

    public static byte[] Image()
    {
        var size = HeaderSize + ProgramHeaderSize + Code.Length;
        var image = new byte[size];
        var w = new BinaryWriter(new MemoryStream(image));
        w.Write([0x7F, (byte)'E', (byte)'L', (byte)'F', 2, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0]);
        w.Write((ushort)2);                                  // ET_EXEC
        w.Write((ushort)0x3E);                               // EM_X86_64
        w.Write(1u);                                         // EV_CURRENT
        w.Write(Base + HeaderSize + ProgramHeaderSize);      // entry: the code after the headers
        w.Write((ulong)HeaderSize);                          // program headers right after this one
        w.Write(0ul);                                        // no section headers
        w.Write(0u);
        w.Write((ushort)HeaderSize);
        w.Write((ushort)ProgramHeaderSize);
        w.Write((ushort)1);
        w.Write((ushort)64);
        w.Write((ushort)0);
        w.Write((ushort)0);
        w.Write(1u);                                         // PT_LOAD
        w.Write(5u);                                         // R + X
        w.Write(0ul);                                        // the whole file ...
        w.Write(Base);                                       // ... at 0x400000
        w.Write(Base);
        w.Write((ulong)size);
        w.Write((ulong)size);
        w.Write(0x1000ul);
        w.Write(Code);
        return image;
    }

    /// <summary>Writes the program to <paramref name="path"/>, executable.</summary>
    public static void WriteTo(string path)
    {
        File.WriteAllBytes(path, Image());
        File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserExecute | UnixFileMode.UserWrite);
    }
}
