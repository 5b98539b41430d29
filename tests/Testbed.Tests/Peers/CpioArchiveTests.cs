using System.Text;
using Testbed.Harness.Peers;

namespace Testbed.Tests.Peers;

public class CpioArchiveTests
{
    // The newc header: magic, then 13 fields of 8 hex digits (buffer-format.rst).
    static uint Field(byte[] archive, int entryOffset, int index) =>
        Convert.ToUInt32(Encoding.ASCII.GetString(archive, entryOffset + 6 + 8 * index, 8), 16);

    [Fact]
    public void AFile_HasItsHeaderNameAndData_EachPaddedToFourBytes_AndTheTrailerEnds()
    {
        byte[] archive = new CpioArchive().File("init", [1, 2, 3, 4, 5]).ToArray();

        Assert.Equal("070701", Encoding.ASCII.GetString(archive, 0, 6));
        Assert.Equal(0x81EDu, Field(archive, 0, 1));        // regular file, 0755
        Assert.Equal(5u, Field(archive, 0, 6));             // filesize
        Assert.Equal(5u, Field(archive, 0, 11));            // namesize: "init" and its NUL
        Assert.Equal("init\0", Encoding.ASCII.GetString(archive, 110, 5));
        // 110 + 5 = 115, padded to 116; the data, padded from 121 to 124.
        Assert.Equal(new byte[] { 1, 2, 3, 4, 5 }, archive[116..121]);
        Assert.Equal("070701", Encoding.ASCII.GetString(archive, 124, 6));
        Assert.Equal("TRAILER!!!\0", Encoding.ASCII.GetString(archive, 124 + 110, 11));
        Assert.Equal(0, archive.Length % 512);
    }

    [Fact]
    public void ACharacterDevice_CarriesItsMajorAndMinor_WithNoData()
    {
        byte[] archive = new CpioArchive().CharacterDevice("dev/console", 5, 1).ToArray();

        Assert.Equal(0x2180u, Field(archive, 0, 1));        // character device, 0600
        Assert.Equal(0u, Field(archive, 0, 6));
        Assert.Equal(5u, Field(archive, 0, 9));             // rdevmajor
        Assert.Equal(1u, Field(archive, 0, 10));            // rdevminor
    }

    [Fact]
    public void EntriesGetDistinctInodes_AndDirectoriesTwoLinks()
    {
        byte[] archive = new CpioArchive().Directory("dev").Directory("proc").ToArray();
        const int second = 116;                             // the 110-byte header and "dev\0", padded to 4

        Assert.Equal(0x41EDu, Field(archive, 0, 1));
        Assert.Equal(2u, Field(archive, 0, 4));
        Assert.NotEqual(Field(archive, 0, 0), Field(archive, second, 0));
        Assert.Equal("proc\0", Encoding.ASCII.GetString(archive, second + 110, 5));
    }

    [Theory]
    [InlineData("/init")]
    [InlineData("")]
    [InlineData("TRAILER!!!")]
    public void AnAbsoluteEmptyOrTrailerName_IsRefused(string name) =>
        Assert.Throws<ArgumentException>(() => new CpioArchive().File(name, []));

    [Fact]
    public void ThePeersInitramfs_HoldsInitExitHelloTheConsoleAndProc()
    {
        string text = Encoding.ASCII.GetString(LinuxPeer.Initramfs([0x7F], [0x7E], [0x7D]));

        foreach (var name in new[] { "dev\0", "dev/console\0", "proc\0", "init\0", "exit\0", "hello\0", "TRAILER!!!\0" })
            Assert.Contains(name, text);
    }
}
