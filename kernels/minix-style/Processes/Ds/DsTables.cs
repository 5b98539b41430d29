// DS's fixed tables: published entries (key, value, owner) and subscriptions (subscriber,
// key, a changed flag that Check clears). No allocation after start.
namespace MinixStyle.Processes.Ds;

public static class DsTables
{
    public const int Entries = 16, Subscriptions = 16;

    public static ulong[] Keys = new ulong[Entries], Values = new ulong[Entries];
    public static int[] Owners = new int[Entries];
    public static int EntryCount;

    public static int[] Subscribers = new int[Subscriptions];
    public static ulong[] Followed = new ulong[Subscriptions];
    public static bool[] Changed = new bool[Subscriptions];
    public static int SubscriptionCount;

    public static int Find(ulong key)
    {
        for (int i = 0; i < EntryCount; i++)
            if (Keys[i] == key) return i;
        return -1;
    }
}
