// What ElfLoader mapped for one image: its entry point and the page range its PT_LOAD
// segments cover, so that whoever loaded it can unmap exactly that (no "last load" state).
namespace Testbed.Hal;

public readonly struct LoadedImage
{
    /// <summary>The entry point; 0 if the image was not loaded.</summary>
    public readonly ulong Entry;

    /// <summary>Lowest and highest+1 page addresses mapped.</summary>
    public readonly ulong Start, End;

    /// <summary>Frames the load allocated.</summary>
    public readonly ulong Frames;

    public LoadedImage(ulong entry, ulong start, ulong end, ulong frames)
    {
        Entry = entry;
        Start = start;
        End = end;
        Frames = frames;
    }

    public bool Loaded => Entry != 0;
}
