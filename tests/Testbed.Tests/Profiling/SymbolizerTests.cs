using Testbed.Harness.Profiling;

namespace Testbed.Tests.Profiling;

public sealed class SymbolizerTests
{
    // A kernel at 1 MiB and a SIP far above it, each with a code range and a few symbols;
    // the kernel's tb_rdtsc starts with the rdtsc instruction (0f 31).
    static readonly ImageCode Kernel = new("kernel64.elf",
        [("kernel_entry", 0x100000), ("tb_rdtsc", 0x100040), ("Kernel_Scheduler__Switch", 0x100100)],
        [(0x100000, 0x101000)],
        ReadCode: (address, buffer) =>
        {
            byte[] code = address == 0x100040 ? [0x0F, 0x31] : [0x90];
            code.CopyTo(buffer);
            return code.Length;
        });

    static readonly ImageCode Sip = new("echo-client.elf",
        [("EchoClient__Benchmark", 0x10004000200), ("sip_abi_send_receive", 0x10004000100)],
        [(0x10004000000, 0x10004001000)]);

    static readonly ImageCode OtherProgram = new("other.elf", [("other_main", 0x10004000000)], [(0x10004000000, 0x10004000800)]);

    [Fact]
    public void AnAddress_MapsToTheNearestSymbolAtOrBelowIt_InTheImageThatHoldsIt()
    {
        var symbolizer = new Symbolizer([Kernel, Sip]);
        Assert.Equal(new CodeSymbol("kernel64.elf", "kernel_entry"), symbolizer.Lookup(0x100000));
        Assert.Equal(new CodeSymbol("kernel64.elf", "tb_rdtsc"), symbolizer.Lookup(0x100043));
        Assert.Equal(new CodeSymbol("kernel64.elf", "Kernel_Scheduler__Switch"), symbolizer.Lookup(0x100fff));
        Assert.Equal(new CodeSymbol("echo-client.elf", "sip_abi_send_receive"), symbolizer.Lookup(0x100040001ff));
        Assert.Equal(new CodeSymbol("echo-client.elf", "EchoClient__Benchmark"), symbolizer.Lookup(0x10004000200));
    }

    [Fact]
    public void AnAddressBeforeAnySymbol_OrOutsideEveryImage_SaysSo()
    {
        var symbolizer = new Symbolizer([Kernel, Sip]);
        Assert.Equal(new CodeSymbol("echo-client.elf", Symbolizer.BeforeAnySymbol), symbolizer.Lookup(0x10004000010));
        Assert.Equal(Symbolizer.Outside, symbolizer.Lookup(0xfffffff0));   // the BIOS
        Assert.Equal(Symbolizer.Outside, symbolizer.Lookup(0xfffff));      // just below the kernel
        Assert.Equal(Symbolizer.Outside, symbolizer.Lookup(0x101000));     // past the kernel's code
        Assert.Equal(0, symbolizer.IdOf(0x50));
    }

    [Fact]
    public void ImagesLinkedAtTheSameAddress_GiveACombinedSymbol()
    {
        var symbolizer = new Symbolizer([Sip, OtherProgram]);
        Assert.Equal(new CodeSymbol("echo-client.elf|other.elf", "sip_abi_send_receive|other_main"), symbolizer.Lookup(0x10004000100));
        Assert.Equal(new CodeSymbol("echo-client.elf", "EchoClient__Benchmark"), symbolizer.Lookup(0x10004000900));
    }

    [Fact]
    public void IdsAreStable_AndRdtscIsToldByDecodingTheImage()
    {
        var symbolizer = new Symbolizer([Kernel, Sip]);
        int id = symbolizer.IdOf(0x100041);
        Assert.Equal(id, symbolizer.IdOf(0x100040));
        Assert.Equal("tb_rdtsc", symbolizer[id].Name);
        Assert.True(symbolizer.IsRdtsc(0x100040));
        Assert.False(symbolizer.IsRdtsc(0x100041));
        Assert.False(symbolizer.IsRdtsc(0x10004000100)); // no code bytes known
    }
}
