using System.Buffers.Binary;
using Testbed.Harness.Peers;

namespace Testbed.Tests.Peers;

public class BzImageTests
{
    static byte[] Kernel(string magic, ushort protocol)
    {
        var head = new byte[0x400];
        System.Text.Encoding.ASCII.GetBytes(magic).CopyTo(head, 0x202);
        BinaryPrimitives.WriteUInt16LittleEndian(head.AsSpan(0x206), protocol);
        return head;
    }

    [Fact]
    public void ALinuxKernelWithProtocol2_06OrLater_IsBootable() => Assert.Null(BzImage.FindProblem(Kernel("HdrS", 0x020F)));

    [Fact]
    public void NoSetupHeader_IsNamed() =>
        Assert.Equal("not a Linux kernel image (no \"HdrS\" setup header at 0x202)", BzImage.FindProblem(Kernel("ELF!", 0x020F)));

    [Fact]
    public void AnOldBootProtocol_IsNamed() =>
        Assert.Equal("Linux boot protocol 2.4 is older than 2.06", BzImage.FindProblem(Kernel("HdrS", 0x0204)));

    [Fact]
    public void AMultibootElf_IsNotALinuxKernel() => Assert.NotNull(BzImage.FindProblem(SyntheticImage.Elf32Multiboot()));
}
