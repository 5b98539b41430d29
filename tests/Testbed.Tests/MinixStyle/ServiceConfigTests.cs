using System.Buffers.Binary;
using System.Diagnostics;
using Minix.SystemConf;

namespace Testbed.Tests.MinixStyle;

/// <summary>
/// The minix-style privilege checker (kernels/minix-style/Build/ServiceConfig): the committed
/// system.conf is accepted; each refusal is reported with its line and exact message; the
/// emitted table has the documented layout; the tool refuses with exit code 2 and no file.
/// </summary>
public sealed class ServiceConfigTests
{
    private static string RepoFile(string relative)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir != null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, relative))) return Path.Combine(dir.FullName, relative);
        throw new FileNotFoundException(relative);
    }

    private static string[] Errors(string text) => ServiceConfigChecker.Check(text).Errors.Select(e => e.ToString()).ToArray();

    [Fact]
    public void CommittedSystemConf_IsAccepted()
    {
        var (config, errors) = ServiceConfigChecker.Check(File.ReadAllText(RepoFile("kernels/minix-style/system.conf")));
        Assert.Empty(errors);
        Assert.Equal(["rs", "ds", "pm", "fs", "net", "ata", "rtl8139", "user"], config.Services.Select(s => s.Name));
    }

    [Theory]
    [InlineData("service a {\n  colour red;\n};\n", "system.conf:2: unknown key 'colour' in service 'a'")]
    [InlineData("service a {\n  irq 14\n  heartbeat 5;\n};\n", "system.conf:2: missing ';' after 'irq'")]
    [InlineData("service a {\n  irq 14;\n", "system.conf:2: missing '}' closing service 'a'")]
    [InlineData("service a {\n  heartbeat 1x;\n};\n", "system.conf:2: bad number '1x' in heartbeat (expected ticks)")]
    [InlineData("service a {\n  io 1g0:8;\n};\n", "system.conf:2: bad I/O range '1g0:8' (expected HEXBASE:COUNT within ports 0-ffff)")]
    [InlineData("service a {\n  calls FORK\n    REBOOT;\n};\n", "system.conf:3: unknown kernel call 'REBOOT' in service 'a'")]
    [InlineData("service a {\n  primitives SEND YIELD;\n};\n", "system.conf:2: unknown IPC primitive 'YIELD' in service 'a'")]
    [InlineData("service a {\n  ipc b;\n};\n", "system.conf:2: unknown IPC target 'b' in service 'a'")]
    [InlineData("service a { };\n\nservice a { };\n", "system.conf:3: duplicate service 'a' (first at line 1)")]
    [InlineData("service a {\n  io 1f0:8;\n};\nservice b {\n  io 1f7:2;\n};\n", "system.conf:5: I/O ports 1f7-1f8 of service 'b' overlap 1f0-1f7 of service 'a' (line 2)")]
    [InlineData("service d {\n  device ata;\n  io 1f0:8;\n  irq 14;\n  pci 8086:7010;\n};\n", "system.conf:2: driver 'd' for device 'ata' lacks I/O ports 3f6:1")]
    [InlineData("service d {\n  device ata;\n  io 1f0:8 3f6:1;\n  pci 8086:7010;\n};\n", "system.conf:2: driver 'd' for device 'ata' lacks IRQ 14")]
    [InlineData("service d {\n  device ata;\n  io 1f0:8 3f6:1;\n  irq 14;\n};\n", "system.conf:2: driver 'd' for PCI device 'ata' lacks 'pci 8086:7010;'")]
    [InlineData("service n {\n  device rtl8139;\n};\n", "system.conf:2: driver 'n' for PCI device 'rtl8139' lacks 'pci 10ec:8139;'")]
    [InlineData("service d {\n  device ata;\n  io 1f0:8 3f6:1;\n  irq 14;\n  pci 8086:7010;\n};\nservice e {\n  irq 14;\n};\n", "system.conf:8: IRQ 14 of service 'e' is also given to service 'd' (line 4)")]
    [InlineData("service a {\n  calls SDEVIO;\n};\n", "system.conf:2: service 'a' has kernel call SDEVIO but no 'io' or 'pci'")]
    [InlineData("service a {\n  io 60:1;\n  calls IRQCTL;\n};\n", "system.conf:3: service 'a' has kernel call IRQCTL but no 'irq' or 'pci'")]
    [InlineData("service user {\n  primitives SENDREC NOTIFY;\n};\n", "system.conf:2: user processes may only use SENDREC, not 'NOTIFY'")]
    [InlineData("service user {\n  primitives SENDREC REPLYRECEIVE;\n};\n", "system.conf:2: user processes may only use SENDREC, not 'REPLYRECEIVE'")]
    public void BadConfiguration_IsRefusedWithItsLineAndMessage(string text, string expected)
    {
        Assert.Equal([expected], Errors(text));
    }

    [Fact]
    public void EveryError_IsReported()
    {
        Assert.Equal(
            ["system.conf:2: unknown kernel call 'BOGUS' in service 'a'", "system.conf:3: unknown IPC target 'zz' in service 'a'"],
            Errors("service a {\n  calls BOGUS;\n  ipc zz;\n};\n"));
    }

    [Fact]
    public void Table_HasTheDocumentedLayout()
    {
        var (config, errors) = ServiceConfigChecker.Check("""
            service fs { ipc ata; calls SAFECOPY SETALARM; primitives SEND RECEIVE; restart backoff; };
            service ata { device ata; io 1f0:8 3f6:1; irq 14; pci 8086:7010; ipc ALL; calls DEVIO IRQCTL;
                          primitives NOTIFY; restart give-up-after 3 in 700; heartbeat 25; };
            service net { pci 10ec:8139; };
            """);
        Assert.Empty(errors);
        byte[] t = PrivilegeTableWriter.Write(config);
        Assert.Equal(12 + 3 * 57, t.Length);
        Assert.Equal("MXPRIV02"u8.ToArray(), t[..8]);
        Assert.Equal(3u, BinaryPrimitives.ReadUInt32LittleEndian(t.AsSpan(8)));

        Span<byte> fs = t.AsSpan(12, 57), ata = t.AsSpan(12 + 57, 57), net = t.AsSpan(12 + 114, 57);
        Assert.Equal("fs\0\0\0\0\0\0\0\0\0\0\0\0\0\0"u8.ToArray(), fs[..16].ToArray());
        // The kernel's own numbers: SAFECOPY 11, SETALARM 4; SEND 1, RECEIVE 2.
        Assert.Equal((1u << 11) | (1u << 4), BinaryPrimitives.ReadUInt32LittleEndian(fs[16..]));
        Assert.Equal(0b110, fs[20]);
        Assert.Equal(0b010u, BinaryPrimitives.ReadUInt32LittleEndian(fs[21..]));
        Assert.Equal(0xFF, fs[41]);
        Assert.Equal((byte)RestartKind.Backoff, fs[46]);

        Assert.Equal((1u << 5) | (1u << 6), BinaryPrimitives.ReadUInt32LittleEndian(ata[16..]));
        Assert.Equal(1 << 4, ata[20]);
        Assert.Equal(0b111u, BinaryPrimitives.ReadUInt32LittleEndian(ata[21..]));
        Assert.Equal(0x1f0, BinaryPrimitives.ReadUInt16LittleEndian(ata[25..]));
        Assert.Equal(8, BinaryPrimitives.ReadUInt16LittleEndian(ata[27..]));
        Assert.Equal(0x3f6, BinaryPrimitives.ReadUInt16LittleEndian(ata[29..]));
        Assert.Equal(1, BinaryPrimitives.ReadUInt16LittleEndian(ata[31..]));
        Assert.Equal(new byte[8], ata[33..41].ToArray());
        Assert.Equal(14, ata[41]);
        Assert.Equal((byte)RestartKind.GiveUpAfter, ata[46]);
        Assert.Equal(3, BinaryPrimitives.ReadUInt16LittleEndian(ata[47..]));
        Assert.Equal(700u, BinaryPrimitives.ReadUInt32LittleEndian(ata[49..]));
        Assert.Equal(25u, BinaryPrimitives.ReadUInt32LittleEndian(ata[53..]));

        Assert.Equal(0x10ec, BinaryPrimitives.ReadUInt16LittleEndian(net[42..]));
        Assert.Equal(0x8139, BinaryPrimitives.ReadUInt16LittleEndian(net[44..]));
        Assert.Equal((byte)RestartKind.None, net[46]);
        Assert.Equal(0u, BinaryPrimitives.ReadUInt32LittleEndian(net[53..]));
    }

    [Fact]
    public void Table_NamesEveryKernelCallAndPrimitiveByTheKernelsNumber()
    {
        // One name per kernel call number and per primitive: the table's masks are the kernel's.
        Assert.Equal(Enumerable.Range(0, global::MinixStyle.Abi.KernelCallNumber.Count), ServiceConfig.KernelCalls.Values.Order());
        Assert.Equal(global::MinixStyle.Abi.KernelCallNumber.PrivCtl, ServiceConfig.KernelCalls["PRIVCTL"]);
        Assert.Equal((int)global::MinixStyle.Abi.IpcCall.ReplyReceive, ServiceConfig.IpcPrimitives["REPLYRECEIVE"]);
        Assert.DoesNotContain((int)global::MinixStyle.Abi.IpcCall.KernelCall, ServiceConfig.IpcPrimitives.Values);
    }

    private static (int Code, string Error) RunTool(string conf, string output)
    {
        string tool = Path.Combine(Path.GetDirectoryName(typeof(ServiceConfigChecker).Assembly.Location)!, "Testbed.Minix.ServiceConfig.dll");
        var start = new ProcessStartInfo("dotnet", [tool, conf, output]) { RedirectStandardError = true, RedirectStandardOutput = true };
        using var process = Process.Start(start)!;
        string error = process.StandardError.ReadToEnd();
        process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return (process.ExitCode, error);
    }

    [Fact]
    public void Tool_RefusesWithExitCode2AndNoFile()
    {
        string dir = Directory.CreateTempSubdirectory("svcconf").FullName;
        string conf = Path.Combine(dir, "system.conf"), output = Path.Combine(dir, "priv.bin");
        File.WriteAllText(conf, "service user {\n  primitives SEND;\n};\n");
        var (code, error) = RunTool(conf, output);
        Assert.Equal(2, code);
        Assert.Equal("system.conf:2: user processes may only use SENDREC, not 'SEND'", error.Trim());
        Assert.False(File.Exists(output));
        Assert.Empty(Directory.GetFiles(dir, "*.tmp"));
    }

    [Fact]
    public void Tool_AcceptsTheCommittedFile()
    {
        string output = Path.Combine(Directory.CreateTempSubdirectory("svcconf").FullName, "priv.bin");
        var (code, error) = RunTool(RepoFile("kernels/minix-style/system.conf"), output);
        Assert.Equal((0, ""), (code, error));
        Assert.Equal(12 + 8 * 57, new FileInfo(output).Length);
    }
}
