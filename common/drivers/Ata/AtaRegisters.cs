// ATA task-file registers and commands (ATA/ATAPI-6, T13/1410D; OSDev "ATA PIO Mode").
namespace Testbed.Drivers.Ata;

internal static class AtaRegisters
{
    // Offsets from the command block base (0x1F0 on the primary channel).
    public const ushort Data = 0, Error = 1, SectorCount = 2, LbaLow = 3, LbaMid = 4, LbaHigh = 5, DriveHead = 6;
    public const ushort Status = 7, Command = 7;

    public const byte StatusError = 0x01, StatusDataRequest = 0x08, StatusDeviceFault = 0x20, StatusReady = 0x40, StatusBusy = 0x80;

    public const byte CommandReadSectors = 0x20, CommandWriteSectors = 0x30, CommandIdentify = 0xEC;

    /// <summary>Drive/head: LBA mode, master drive, LBA bits 24-27 below.</summary>
    public const byte DriveHeadLbaMaster = 0xE0;
}
