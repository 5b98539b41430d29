// A block of the exchange heap (paper section 2.3): the only memory two SIPs ever share,
// and never at the same time. Every block has exactly one owner, recorded in its header
// by the kernel; sending it in a message makes the receiver the owner. Singularity proves
// single ownership statically (linear types); here the trusted library checks the owner
// on every access, so a SIP that kept a handle after sending it is refused (and killed).
using Singularity.Abi;

namespace Singularity.Processes.SipLibrary;

public readonly unsafe struct ExBlock
{
    internal static ulong Base;
    internal static ulong Count;

    private readonly long _handle;      // block index + 1; 0 is "no block"

    internal ExBlock(long handle) { _handle = handle; }

    public static ExBlock None => default;
    public bool IsNone => _handle == 0;
    internal ulong Handle => (ulong)_handle;

    /// <summary>A fresh, zeroed block of <paramref name="length"/> bytes owned by this SIP (None if the heap is full).</summary>
    public static ExBlock Allocate(int length)
    {
        if (length <= 0 || length > ExchangeLayout.MaxPayload) return default;
        long handle = Abi.ExchangeAllocate((ulong)length);
        return handle > 0 ? new ExBlock(handle) : default;
    }

    public int Length => *(int*)(Header() + 8);

    /// <summary>True if this SIP owns the block now (does not fault).</summary>
    public bool IsOwned => _handle > 0 && (ulong)_handle <= Count && *(ulong*)(Base + (ulong)(_handle - 1) * ExchangeLayout.BlockSize) == Sip.Id;

    public byte this[int index]
    {
        get => *Byte(index, 1);
        set => *Byte(index, 1) = value;
    }

    public long ReadLong(int offset) => *(long*)Byte(offset, 8);
    public void WriteLong(int offset, long value) => *(long*)Byte(offset, 8) = value;

    /// <summary>
    /// The payload as raw memory, for trusted glue only (a device reads or fills it): the
    /// ownership and length checks happen here, and a SIP's own code cannot call this (the
    /// verifier refuses any call whose signature has a pointer).
    /// </summary>
    public byte* Payload(int length) => Byte(0, length);

    public void Free()
    {
        Header();
        Abi.ExchangeFree((ulong)_handle);
    }

    // The ownership check every access goes through.
    private byte* Header()
    {
        if (_handle <= 0 || (ulong)_handle > Count) Abi.Fault(SipFaultKind.BadHandle);
        byte* header = (byte*)(Base + (ulong)(_handle - 1) * ExchangeLayout.BlockSize);
        if (*(ulong*)header != Sip.Id) Abi.Fault(SipFaultKind.NotOwner);
        return header;
    }

    private byte* Byte(int offset, int width)
    {
        byte* header = Header();
        if (offset < 0 || offset + width > *(int*)(header + 8)) Abi.Fault((long)Testbed.Runtime.FaultKind.IndexOutOfRange);
        return header + ExchangeLayout.HeaderSize + offset;
    }
}
