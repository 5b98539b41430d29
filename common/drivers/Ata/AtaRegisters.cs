// ATA task-file registers and commands (ATA/ATAPI-6, T13/1410D; OSDev "ATA PIO Mode").
namespace Testbed.Drivers.Ata;

internal static class AtaRegisters
{
    // Offsets from the command block base (0x1F0 on the primary channel).
    public const ushort Data = 0, Error = 1, SectorCount = 2, LbaLow = 3, LbaMid = 4, LbaHigh = 5, DriveHead = 6;
    public const ushort Status = 7, Command = 7;

    public const byte StatusError = 0x01, StatusDataRequest = 0x08, StatusDeviceFault = 0x20, StatusReady = 0x40, StatusBusy = 0x80;

    public const byte CommandReadSectors = 0x20, CommandWriteSectors = 0x30, CommandIdentify = 0xEC;
    public const byte CommandReadDma = 0xC8, CommandWriteDma = 0xCA;

    // Bus-master IDE (SFF-8038i, "Programming Interface for Bus Master IDE Controller"):
    // offsets from the primary channel's bus-master base.
    public const ushort BusMasterCommand = 0, BusMasterStatus = 2, BusMasterPrdTable = 4;
    public const byte BusMasterStart = 0x01, BusMasterToMemory = 0x08;
    public const byte BusMasterActive = 0x01, BusMasterError = 0x02, BusMasterInterrupt = 0x04;
    /// <summary>Physical region descriptor: the last one of the table.</summary>
    public const uint PrdEndOfTable = 0x8000_0000;

    /// <summary>Drive/head: LBA mode, master drive, LBA bits 24-27 below.</summary>
    public const byte DriveHeadLbaMaster = 0xE0;
}
