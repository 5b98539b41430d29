// The data store's requests (MINIX 3: servers/ds): a name server where services publish
// values (endpoints) under keys, and subscribers are notified when a key they follow is
// published again, as FS learns of a restarted driver. Keys are up to 8 ASCII characters
// packed little-endian into one word (DsKey.Of).
namespace MinixStyle.Abi;

public static class DsRequest
{
    public const int Publish = 1;       // A1 = key, A2 = value: the first publisher owns the key
    public const int Retrieve = 2;      // A1 = key -> A2 = value
    public const int Subscribe = 3;     // A1 = key: a notification from DS whenever it is published
    public const int Check = 4;         // -> A1 = a changed key the caller follows, A2 = its value (status NotFound if none)

    public const int Reply = 0x200;     // every reply's Type; A3 = DsStatus
}

public static class DsStatus
{
    public const ulong Ok = 0;
    public const ulong NotFound = 1;
    public const ulong NotOwner = 2;    // the key belongs to another publisher
    public const ulong Full = 3;        // no room left in DS's fixed tables
}

public static class DsKey
{
    /// <summary>The key of an ASCII name of at most 8 characters (longer names are cut).</summary>
    public static ulong Of(string name)
    {
        ulong key = 0;
        for (int i = 0; i < name.Length && i < 8; i++) key |= (ulong)(byte)name[i] << (8 * i);
        return key;
    }
}
