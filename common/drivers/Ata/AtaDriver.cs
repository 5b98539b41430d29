// IDE/ATA disk on QEMU's PIIX controller, interrupt-driven: identify the master drive,
// read and write sectors (LBA28). With a bus-master base the data moves by DMA (READ/WRITE
// DMA, one physical region descriptor over the driver's own 4 KiB DMA buffer, one interrupt
// per request); without one, by PIO (rep insw/outsw, an interrupt per sector).
// Reading the status register acknowledges the device's interrupt, so the driver always
// looks at the status first and waits for an interrupt only when the device is not ready:
// an interrupt that came early, or a stale one, cannot lose or fake a completion.
using Testbed.Drivers.Environment;
using Testbed.Drivers.Faults;
using Testbed.Drivers.Requests;
using static Testbed.Drivers.Ata.AtaRegisters;

namespace Testbed.Drivers.Ata;

public unsafe struct AtaDriver<TEnv> where TEnv : struct, IDriverEnv
{
    private const ulong TimeoutTicks = 2000;

    public TEnv Env;
    private ushort _io, _control, _busMaster;
    private DmaBuffer _dma, _prdTable;
    private int _irq;
    private ulong _capacity;
    private uint _requests;

    public readonly ulong Capacity => _capacity;
    public readonly uint RequestsHandled => _requests;

    /// <summary>Resets the channel, enables its interrupt and identifies the master drive.</summary>
    public void Initialize(in DriverConfig config, DriverInfo* info)
    {
        DeviceResources device = config.Device0;
        _io = device.IoBase;
        _control = device.ControlBase;
        _busMaster = device.BusMasterBase;
        _irq = device.Irq;
        _requests = 0;
        info->Status = IoStatus.NoDevice;
        if (config.DeviceCount < 1 || _io == 0) return;

        Env.Out8(_control, 0x04);            // software reset (SRST), interrupts enabled (nIEN = 0)
        Env.Out8(_control, 0x00);
        if (Env.In8((ushort)(_io + Status)) == 0xFF) return;   // floating bus: no drive
        // The drive finishes its reset some time later (QEMU: in a bottom half), and until
        // then it may ignore the drive select and the command. Sleep a tick at a time (no
        // spinning) until the master is selected, ready and not busy, then identify; a
        // command that found the drive not yet listening (status 0) is sent again.
        for (int tries = 0; ; tries++)
        {
            if (tries > 2000)
            {
                info->Status = IoStatus.Timeout;
                return;
            }
            Env.Out8((ushort)(_io + DriveHead), 0xA0);
            byte ready = Env.In8((ushort)(_io + Status));
            if ((ready & (StatusBusy | StatusReady)) != StatusReady)
            {
                Env.WaitForInterrupt(_irq, 1);
                continue;
            }
            Env.Out8((ushort)(_io + SectorCount), 0);
            Env.Out8((ushort)(_io + LbaLow), 0);
            Env.Out8((ushort)(_io + LbaMid), 0);
            Env.Out8((ushort)(_io + LbaHigh), 0);
            Env.Out8((ushort)(_io + Command), CommandIdentify);
            if (Env.In8((ushort)(_io + Status)) != 0) break;
            Env.WaitForInterrupt(_irq, 1);
        }
        int status = WaitForData();
        if (status != IoStatus.Ok)
        {
            info->Status = status;
            return;
        }
        ushort* identify = stackalloc ushort[256];
        Env.In16String((ushort)(_io + Data), identify, 256);
        _capacity = identify[60] | ((ulong)identify[61] << 16);   // words 60-61: LBA28 sectors
        if (_busMaster != 0)
        {
            _dma = Env.AllocateDma(BlockRequest.MaxSectors * BlockRequest.SectorSize);
            _prdTable = Env.AllocateDma(8);
            if (!_dma.IsValid || !_prdTable.IsValid) _busMaster = 0;   // fall back to PIO
        }
        info->Capacity = _capacity;
        info->Status = _capacity == 0 ? IoStatus.NoDevice : IoStatus.Ok;
    }

    /// <summary>One block request; the reply says how many sectors moved.</summary>
    public void Handle(BlockRequest* request, BlockReply* reply)
    {
        _requests++;
        bool corrupt = FaultTrigger.AtRequest<TEnv>(Env.FaultPlan, _requests);
        reply->Sectors = 0;
        if (!request->IsWellFormed(_capacity))
        {
            reply->Status = IoStatus.Invalid;
            return;
        }
        if (_busMaster != 0)
            reply->Status = TransferDma(request, reply);
        else
            reply->Status = request->Operation == BlockOperation.Read ? Read(request, reply) : Write(request, reply);
        if (corrupt)
        {
            reply->Sectors = FaultTrigger.CorruptLength;
        }
    }

    private int Read(BlockRequest* request, BlockReply* reply)
    {
        Issue(CommandReadSectors, request->Lba, request->Sectors);
        for (uint i = 0; i < request->Sectors; i++)
        {
            int status = WaitForData();
            if (status != IoStatus.Ok) return status;
            Env.In16String((ushort)(_io + Data), request->Data + i * BlockRequest.SectorSize, BlockRequest.SectorSize / 2);
            reply->Sectors = i + 1;
        }
        return IoStatus.Ok;
    }

    private int Write(BlockRequest* request, BlockReply* reply)
    {
        Issue(CommandWriteSectors, request->Lba, request->Sectors);
        for (uint i = 0; i < request->Sectors; i++)
        {
            int status = WaitForData();
            if (status != IoStatus.Ok) return status;
            Env.Out16String((ushort)(_io + Data), request->Data + i * BlockRequest.SectorSize, BlockRequest.SectorSize / 2);
        }
        // The device interrupts once the last sector is on the medium.
        int done = WaitWhileBusy();
        if (done == IoStatus.Ok) reply->Sectors = request->Sectors;
        return done;
    }

    private int TransferDma(BlockRequest* request, BlockReply* reply)
    {
        uint bytes = request->Sectors * BlockRequest.SectorSize;
        bool read = request->Operation == BlockOperation.Read;
        if (!read) Copy(_dma.Virtual, request->Data, bytes);
        uint* prd = (uint*)_prdTable.Virtual;
        prd[0] = (uint)_dma.Physical;
        prd[1] = bytes | PrdEndOfTable;

        ushort bm = _busMaster;
        Env.Out8((ushort)(bm + BusMasterCommand), 0);
        Env.Out32((ushort)(bm + BusMasterPrdTable), (uint)_prdTable.Physical);
        Env.Out8((ushort)(bm + BusMasterStatus), BusMasterError | BusMasterInterrupt);   // write 1 to clear
        Env.Out8((ushort)(bm + BusMasterCommand), read ? BusMasterToMemory : (byte)0);
        Issue(read ? CommandReadDma : CommandWriteDma, request->Lba, request->Sectors);
        Env.Out8((ushort)(bm + BusMasterCommand), (byte)((read ? BusMasterToMemory : 0) | BusMasterStart));

        // The transfer always ends with the drive's interrupt: wait for it first (it may have
        // come already), then look at the bus master's status.
        int status = IoStatus.Ok;
        if (!Env.WaitForInterrupt(_irq, TimeoutTicks)) status = IoStatus.Timeout;
        while (status == IoStatus.Ok)
        {
            byte bmStatus = Env.In8((ushort)(bm + BusMasterStatus));
            if ((bmStatus & BusMasterError) != 0) { status = IoStatus.DeviceError; break; }
            if ((bmStatus & BusMasterInterrupt) != 0 && (bmStatus & BusMasterActive) == 0) break;
            if (!Env.WaitForInterrupt(_irq, TimeoutTicks)) { status = IoStatus.Timeout; break; }
        }
        Env.Out8((ushort)(bm + BusMasterCommand), 0);
        Env.Out8((ushort)(bm + BusMasterStatus), BusMasterError | BusMasterInterrupt);
        byte ataStatus = Env.In8((ushort)(_io + Status));          // acknowledges the drive's interrupt
        if (status == IoStatus.Ok && (ataStatus & (StatusError | StatusDeviceFault)) != 0) status = IoStatus.DeviceError;
        if (status != IoStatus.Ok) return status;
        if (read) Copy(request->Data, _dma.Virtual, bytes);
        reply->Sectors = request->Sectors;
        return IoStatus.Ok;
    }

    private static void Copy(byte* destination, byte* source, uint bytes)
    {
        for (uint i = 0; i < bytes / 8; i++) ((ulong*)destination)[i] = ((ulong*)source)[i];
    }

    private void Issue(byte command, ulong lba, uint sectors)
    {
        Env.Out8((ushort)(_io + DriveHead), (byte)(DriveHeadLbaMaster | ((lba >> 24) & 0x0F)));
        Env.Out8((ushort)(_io + SectorCount), (byte)sectors);
        Env.Out8((ushort)(_io + LbaLow), (byte)lba);
        Env.Out8((ushort)(_io + LbaMid), (byte)(lba >> 8));
        Env.Out8((ushort)(_io + LbaHigh), (byte)(lba >> 16));
        Env.Out8((ushort)(_io + Command), command);
    }

    // Until the drive wants data moved (DRQ) or reports an error.
    private int WaitForData()
    {
        while (true)
        {
            byte status = Env.In8((ushort)(_io + Status));
            if ((status & StatusBusy) == 0)
            {
                if ((status & (StatusError | StatusDeviceFault)) != 0) return IoStatus.DeviceError;
                if ((status & StatusDataRequest) != 0) return IoStatus.Ok;
            }
            if (!Env.WaitForInterrupt(_irq, TimeoutTicks)) return IoStatus.Timeout;
        }
    }

    // Until the drive has finished the command.
    private int WaitWhileBusy()
    {
        while (true)
        {
            byte status = Env.In8((ushort)(_io + Status));
            if ((status & StatusBusy) == 0)
                return (status & (StatusError | StatusDeviceFault)) != 0 ? IoStatus.DeviceError : IoStatus.Ok;
            if (!Env.WaitForInterrupt(_irq, TimeoutTicks)) return IoStatus.Timeout;
        }
    }
}
