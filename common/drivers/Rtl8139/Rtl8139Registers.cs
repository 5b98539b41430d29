// RTL8139 registers (Realtek "RTL8139(A/B) Programming guide" v0.1 and the RTL8139C
// datasheet; OSDev "RTL8139").
namespace Testbed.Drivers.Rtl8139;

internal static class Rtl8139Registers
{
    public const ushort Mac0 = 0x00;
    public const ushort TxStatus0 = 0x10;        // TSD0..3, 4 bytes apart
    public const ushort TxAddress0 = 0x20;       // TSAD0..3
    public const ushort RxBufferStart = 0x30;    // RBSTART
    public const ushort Command = 0x37;          // CR
    public const ushort RxReadPointer = 0x38;    // CAPR
    public const ushort InterruptMask = 0x3C;    // IMR
    public const ushort InterruptStatus = 0x3E;  // ISR, write 1 to clear
    public const ushort TxConfig = 0x40;
    public const ushort RxConfig = 0x44;         // RCR
    public const ushort Config1 = 0x52;

    public const byte CommandRxBufferEmpty = 0x01, CommandTxEnable = 0x04, CommandRxEnable = 0x08, CommandReset = 0x10;

    public const ushort InterruptRxOk = 0x01, InterruptRxError = 0x02, InterruptTxOk = 0x04, InterruptTxError = 0x08, InterruptRxOverflow = 0x10;

    public const uint TxStatusOwn = 1u << 13, TxStatusUnderrun = 1u << 14, TxStatusOk = 1u << 15, TxStatusAborted = 1u << 30;

    /// <summary>Accept all, physical match, multicast, broadcast; WRAP: a frame never wraps, it runs past the 8 KiB ring.</summary>
    public const uint RxConfigAcceptAll = 0x0F | (1u << 7);

    public const uint RxRingSize = 8192;
    public const uint RxBufferBytes = RxRingSize + 16 + 1536;
    public const uint TxSlotBytes = 1536;
    public const int TxSlots = 4;

    public const ushort RxHeaderOk = 0x0001;
}
