// Which words of a command line no part of a kernel reads: each kernel declares its
// vocabulary (the keys it and its processes understand, <KernelWord> items of its build),
// and the HAL warns at boot about every other word, so that a misspelt `iteratons=50`
// is seen instead of silently running the default. Raw bytes, no allocation.
namespace Testbed.Protocol;

public static unsafe class CommandLineVocabulary
{
    /// <summary>
    /// The next word at or after <paramref name="cursor"/> (advanced past it) whose key is not
    /// in <paramref name="vocabulary"/> (space-separated keys); false at the end of the line.
    /// The image path QEMU puts first is not a word.
    /// </summary>
    public static bool NextUnknown(ref byte* cursor, byte* line, string vocabulary, out byte* word, out byte* end)
    {
        word = end = null;
        if (cursor == null) return false;
        while (*cursor != 0)
        {
            while (*cursor == ' ') cursor++;
            if (*cursor == 0) break;
            byte* start = cursor;
            while (*cursor != 0 && *cursor != ' ') cursor++;
            if (IsImagePath(line, start, cursor) || Knows(vocabulary, start, cursor)) continue;
            word = start;
            end = cursor;
            return true;
        }
        return false;
    }

    /// <summary>Whether the key of [word, end) (the part before '=') is one of the vocabulary's words.</summary>
    public static bool Knows(string vocabulary, byte* word, byte* end)
    {
        byte* keyEnd = word;
        while (keyEnd < end && *keyEnd != '=') keyEnd++;
        int length = (int)(keyEnd - word);
        int i = 0;
        while (i < vocabulary.Length)
        {
            while (i < vocabulary.Length && vocabulary[i] == ' ') i++;
            int start = i;
            while (i < vocabulary.Length && vocabulary[i] != ' ') i++;
            if (i - start != length || length == 0) continue;
            int k = 0;
            while (k < length && vocabulary[start + k] == word[k]) k++;
            if (k == length) return true;
        }
        return false;
    }

    // QEMU's Multiboot loader puts the kernel's file name before the -append words.
    private static bool IsImagePath(byte* line, byte* word, byte* end)
    {
        if (word != line) return false;
        for (byte* p = word; p < end; p++)
            if (*p == '/' || *p == '.') return true;
        return false;
    }
}
