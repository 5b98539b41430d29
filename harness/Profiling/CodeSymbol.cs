namespace Testbed.Harness.Profiling;

/// <summary>
/// Where an executed address belongs: the image file (kernel64.elf, echo-client.elf ...)
/// and the nearest symbol at or below it. Addresses outside every image (the BIOS, code
/// copied at run time) are <see cref="Symbolizer.Outside"/>.
/// </summary>
public sealed record CodeSymbol(string Image, string Name)
{
    public override string ToString() => $"{Image}:{Name}";
}
