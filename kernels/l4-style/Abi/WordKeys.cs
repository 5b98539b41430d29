// The keys of the keyed echo server (Processes/KeyedEcho), one per message register, shared
// with the root task's six-register-words check: register n's key repeats the byte 0x11n+1
// (0x01.., 0x12.., ... 0x56..), distinct in every byte, so that no word can stand in for another.
namespace L4Style.Abi;

public static class WordKeys
{
    /// <summary>How many words the keyed echo keys when it is asked for all of them.</summary>
    public const ulong All = 6;

    public static ulong Of(int register) => 0x0101_0101_0101_0101UL * (ulong)(0x11 * register + 1);
}
