// The keys of the keyed echo server (Processes/KeyedEcho), one per message register, shared
// with the root task's six-register-words check: distinct in every byte, so that no word
// can stand in for another.
namespace L4Style.Abi;

public static class WordKeys
{
    public const ulong Mr0 = 0x0101_0101_0101_0101;
    public const ulong Mr1 = 0x1212_1212_1212_1212;
    public const ulong Mr2 = 0x2323_2323_2323_2323;
    public const ulong Mr3 = 0x3434_3434_3434_3434;
    public const ulong Mr4 = 0x4545_4545_4545_4545;
    public const ulong Mr5 = 0x5656_5656_5656_5656;

    /// <summary>How many words the keyed echo keys when it is asked for all of them.</summary>
    public const ulong All = 6;
}
