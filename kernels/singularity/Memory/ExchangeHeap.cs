// The exchange heap (paper section 2.3): the one shared pool where message payloads
// live. Each block's header records its single owner; the kernel allocates, transfers
// (on send) and reclaims (when the owner dies), and the SIP-side library checks the
// owner on every access (Processes/SipLibrary/ExBlock.cs). Fixed-size blocks keep allocation and
// reclamation a scan of headers (128 blocks of 8 KiB).

namespace Singularity.Memory;

public static unsafe class ExchangeHeap
{
    public const int Blocks = 128;
    private static byte* s_base;
    private static int s_hint;

    public static ulong BaseAddress => (ulong)s_base;
    public static int FreeBlocks { get; private set; }

    public static void Initialize()
    {
        s_base = (byte*)KernelHeap.Allocate(Blocks * ExchangeLayout.BlockSize, 4096);
        if (s_base == null) Panic.Halt("singularity: no memory for the exchange heap");
        FreeBlocks = Blocks;
    }

    private static ulong* Owner(int index) => (ulong*)(s_base + index * ExchangeLayout.BlockSize);

    /// <summary>A zeroed block owned by <paramref name="owner"/>: its handle (index + 1), or 0 if the heap is full.</summary>
    public static long Allocate(ulong owner, int length)
    {
        for (int n = 0; n < Blocks; n++)
        {
            int index = (s_hint + n) % Blocks;
            ulong* header = Owner(index);
            if (*header != 0) continue;
            *header = owner;
            *(int*)((byte*)header + 8) = length;
            ulong* payload = (ulong*)((byte*)header + ExchangeLayout.HeaderSize);
            for (int i = 0; i < (length + 7) / 8; i++) payload[i] = 0;      // whole words: the payload is 8-byte aligned
            s_hint = index + 1;
            FreeBlocks--;
            return index + 1;
        }
        return 0;
    }

    /// <summary>True if <paramref name="handle"/> names a block owned by <paramref name="owner"/>.</summary>
    public static bool IsOwnedBy(ulong handle, ulong owner) => handle >= 1 && handle <= Blocks && *Owner((int)handle - 1) == owner;

    /// <summary>Moves a block to its new single owner (the receiver of a message).</summary>
    public static void Transfer(ulong handle, ulong newOwner) => *Owner((int)handle - 1) = newOwner;

    public static void Free(ulong handle)
    {
        *Owner((int)handle - 1) = 0;
        FreeBlocks++;
    }

    /// <summary>Frees every block <paramref name="owner"/> holds (it died); returns how many.</summary>
    public static int ReclaimAllOf(ulong owner)
    {
        int count = 0;
        for (int i = 0; i < Blocks; i++)
        {
            if (*Owner(i) != owner) continue;
            *Owner(i) = 0;
            FreeBlocks++;
            count++;
        }
        return count;
    }
}
