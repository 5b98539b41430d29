using System.Buffers.Binary;
using System.Text.RegularExpressions;
using Testbed.Harness.Disassembly;

namespace Testbed.Tests.Kernels;

/// <summary>
/// l4-style's boot-time layout check (Ipc/AssemblyLayout.cs) compares the table the assembly
/// exports (l4_layout, Ipc/layout.S, every value of Ipc/layout.inc) with the C# layout. These
/// tests show the check is real on both sides: the table in the built image holds the TCB
/// offsets that Scheduler/Tcb.cs declares (recomputed here from the source, not from the
/// kernel), and an image whose table says otherwise does not boot: it halts naming the field.
/// </summary>
[Collection(QemuBootCollection.Name)]
public sealed partial class L4StyleLayoutTests
{
    // The first 31 words of l4_layout, in Ipc/layout.S's order: TCB fields, then the saved registers.
    static readonly string[] TcbFields =
        ["UserRsp", "UserRip", "UserRflags", "Cr3", "ReplyTo", "WaitFor", "Badge", "Task", "State", "Next", "SendQueue", "ResumeFull", "WakeTick", "Regs"];
    static readonly string[] Registers = ["Rax", "Rbx", "Rcx", "Rdx", "Rsi", "Rdi", "Rbp", "R8", "R9", "R10", "R11", "R12", "R13", "R14", "R15"];
    const int BadgeIndex = 6;
    const int Words = 43;

    static string ImageFolder => Path.Combine(RepositoryRoot.Locate()!, "artifacts", "images", "l4-style");

    static ulong[] ExportedTable(out byte[] bytes)
    {
        var table = ElfSymbolTable.Load(Path.Combine(ImageFolder, "kernel64.elf"));
        bytes = table.BytesOf(table.Find("l4_layout")).ToArray();
        Assert.Equal(Words * 8, bytes.Length);
        var values = new ulong[Words];
        for (int i = 0; i < Words; i++) values[i] = BinaryPrimitives.ReadUInt64LittleEndian(bytes.AsSpan(i * 8));
        return values;
    }

    [GeneratedRegex(@"\[FieldOffset\((\d+)\)\] public [\w*]+ (\w+);")]
    private static partial Regex FieldOffset();

    [Fact]
    public void TheExportedTable_HoldsTheTcbOffsetsThatTcbCsDeclares()
    {
        var source = File.ReadAllText(Path.Combine(RepositoryRoot.Locate()!, "kernels", "l4-style", "Scheduler", "Tcb.cs"));
        var declared = FieldOffset().Matches(source).ToDictionary(m => m.Groups[2].Value, m => ulong.Parse(m.Groups[1].Value));
        var exported = ExportedTable(out _);
        for (int i = 0; i < TcbFields.Length; i++)
            Assert.True(declared[TcbFields[i]] == exported[i], $"{TcbFields[i]}: Tcb.cs {declared[TcbFields[i]]}, l4_layout {exported[i]}");
        // Registers is sequential: eight bytes per register from Regs.
        for (int i = 0; i < Registers.Length; i++)
            Assert.True(declared["Regs"] + 8UL * (ulong)i == exported[TcbFields.Length + i], $"Regs.{Registers[i]}");
        Assert.Equal(declared["UserTicks"], exported[29]);
        Assert.Equal(declared["Fx"], exported[30]);
    }

    [Fact]
    public async Task AnImageWhoseTableDisagrees_HaltsAtBoot_NamingTheField()
    {
        // A scratch copy of the image whose l4_layout says Badge is at 56 (Task's offset).
        var exported = ExportedTable(out var bytes);
        var scratch = Directory.CreateTempSubdirectory("l4-layout-");
        try
        {
            foreach (var file in Directory.EnumerateFiles(ImageFolder))
                File.Copy(file, Path.Combine(scratch.FullName, Path.GetFileName(file)));
            var imagePath = Path.Combine(scratch.FullName, "kernel.elf");
            var image = File.ReadAllBytes(imagePath);
            int at = image.AsSpan().IndexOf(bytes);
            Assert.True(at >= 0 && image.AsSpan(at + 1).IndexOf(bytes) < 0, "l4_layout found exactly once in kernel.elf");
            BinaryPrimitives.WriteUInt64LittleEndian(image.AsSpan(at + BadgeIndex * 8), exported[BadgeIndex] + 8);
            File.WriteAllBytes(imagePath, image);

            var result = await BootSession.RunAsync(BootRequest.ForKernel(imagePath) with
            {
                Accel = AccelRequest.Tcg,
                Timeout = TimeSpan.FromSeconds(30),
                Append = "nobench nochecks",
            });
            Assert.Equal(Outcome.Panic, result.Outcome);
            var panic = result.Records.Single(r => r.Kind == "panic");
            Assert.Equal("tcb.Badge", panic.Fields.GetProperty("field").GetString());
            Assert.Equal(exported[BadgeIndex] + 8, panic.Fields.GetProperty("assembly").GetUInt64());
            Assert.Equal(exported[BadgeIndex], panic.Fields.GetProperty("build").GetUInt64());
        }
        finally
        {
            scratch.Delete(recursive: true);
        }
    }
}
