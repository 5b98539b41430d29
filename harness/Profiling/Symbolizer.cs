using Iced.Intel;

namespace Testbed.Harness.Profiling;

/// <summary>
/// Maps executed addresses to symbols across several images, and tells whether the
/// instruction at an address is <c>rdtsc</c> (decoded with Iced from the image's bytes).
/// Symbols get small integer ids so that a profile of millions of instructions stores ints.
/// Ring-3 programs of one kernel may share a link address (l4-style's all start at
/// 0x8000000000): an address inside several images maps to a combined symbol
/// ("a.elf|b.elf", "f|g"), since the log does not say which address space ran.
/// </summary>
public sealed class Symbolizer
{
    /// <summary>An address outside every image's code.</summary>
    public static readonly CodeSymbol Outside = new("?", "(outside the images)");

    /// <summary>The name given to an address inside an image's code but before its first symbol.</summary>
    public const string BeforeAnySymbol = "(before any symbol)";

    readonly IReadOnlyList<ImageCode> _images;
    readonly (ulong Address, string Name)[][] _sorted;
    readonly List<CodeSymbol> _symbols = [Outside];
    readonly Dictionary<CodeSymbol, int> _ids = new() { [Outside] = 0 };

    public Symbolizer(IReadOnlyList<ImageCode> images)
    {
        _images = images;
        _sorted = images.Select(i => i.Symbols.Select(s => (s.Address, s.Name)).OrderBy(s => s.Address).ThenBy(s => s.Name, StringComparer.Ordinal).ToArray()).ToArray();
    }

    /// <summary>The symbol with a given id (0 is <see cref="Outside"/>).</summary>
    public CodeSymbol this[int id] => _symbols[id];

    /// <summary>The id of the symbol that holds <paramref name="address"/>.</summary>
    public int IdOf(ulong address)
    {
        var symbol = Lookup(address);
        if (!_ids.TryGetValue(symbol, out int id))
        {
            id = _symbols.Count;
            _symbols.Add(symbol);
            _ids.Add(symbol, id);
        }
        return id;
    }

    /// <summary>The nearest symbol at or below <paramref name="address"/> in the image(s) whose code holds it.</summary>
    public CodeSymbol Lookup(ulong address)
    {
        var found = new List<CodeSymbol>(1);
        for (int i = 0; i < _images.Count; i++)
        {
            if (!Contains(_images[i], address))
                continue;
            found.Add(new CodeSymbol(_images[i].Name, NearestBelow(_sorted[i], address) ?? BeforeAnySymbol));
        }
        return found.Count switch
        {
            0 => Outside,
            1 => found[0],
            _ => new CodeSymbol(string.Join('|', found.Select(f => f.Image)), string.Join('|', found.Select(f => f.Name).Distinct())),
        };
    }

    /// <summary>
    /// True if the instruction at <paramref name="address"/> decodes as rdtsc in an image whose
    /// code holds it (in any of them, where images overlap: a missed read would merge two
    /// windows for certain, a wrong one needs another program to run that exact address).
    /// </summary>
    public bool IsRdtsc(ulong address)
    {
        Span<byte> bytes = stackalloc byte[15];
        foreach (var image in _images)
        {
            if (image.ReadCode is null || !Contains(image, address))
                continue;
            int count = image.ReadCode(address, bytes);
            if (count == 0)
                continue;
            var decoder = Decoder.Create(64, new ByteArrayCodeReader(bytes[..count].ToArray()), address);
            decoder.Decode(out var instruction);
            if (instruction.Mnemonic == Mnemonic.Rdtsc)
                return true;
        }
        return false;
    }

    static bool Contains(ImageCode image, ulong address)
    {
        foreach (var (start, end) in image.Code)
        {
            if (address >= start && address < end)
                return true;
        }
        return false;
    }

    static string? NearestBelow((ulong Address, string Name)[] symbols, ulong address)
    {
        int low = 0, high = symbols.Length - 1, best = -1;
        while (low <= high)
        {
            int middle = (low + high) >>> 1;
            if (symbols[middle].Address <= address)
            {
                best = middle;
                low = middle + 1;
            }
            else
                high = middle - 1;
        }
        if (best < 0)
            return null;
        // Several names at one address (an alias, a label on a method's first instruction):
        // take the first of them, as nm -n lists them.
        ulong at = symbols[best].Address;
        while (best > 0 && symbols[best - 1].Address == at)
            best--;
        return symbols[best].Name;
    }
}
