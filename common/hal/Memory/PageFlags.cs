namespace Testbed.Hal;

/// <summary>x86-64 page table entry bits (Intel SDM vol. 3, 4.5).</summary>
[System.Flags]
public enum PageFlags : ulong
{
    None = 0,
    Present = 1UL << 0,
    Writable = 1UL << 1,
    User = 1UL << 2,
    WriteThrough = 1UL << 3,
    CacheDisable = 1UL << 4,
    Large = 1UL << 7,
    NoExecute = 1UL << 63,
}
