// The disk-integrity workload's client inside a SIP (common/workloads IWorkloadClient):
// each block request becomes a Read or Write over the Disk contract channel to the disk
// driver SIP, its data copied into an exchange block that the driver fills or drains. If
// the driver dies, the channel closes; the client reconnects (the driver manager restarts
// the driver, which registers /dev/disk0 again) and retries the request. A reply that
// claims more sectors than were asked is a failed request, not data. A driver that does
// not come back (its manager gave up: a persistent fault) is lost: every later request
// fails at once, and the channel is never touched again.
using Contracts;
using Singularity.Processes.SipLibrary;
using Testbed.Drivers.Requests;
using Testbed.Workloads;

namespace Singularity.Processes.DriverGlue;

public unsafe struct DiskClient : IWorkloadClient, IHaltedClock
{
    public ulong HaltedTicks() => Sip.IdleTsc();

    public const string Path = "/dev/disk0";
    public const int MaxAttempts = 8;

    public Disk.Imp Channel;
    public Disk.Imp.Ready State;
    public ulong Retries;
    /// <summary>The driver did not come back after it died: no channel, every request fails.</summary>
    public bool Lost;
    /// <summary>A recovery run's client: no progress records (its workload is the measurement's, not the boot's).</summary>
    public bool Quiet;
    // One sample per successful request, as the workload sees it (halted time excluded),
    // comparable to the nooks-style kernel's disk.read / disk.write.
    public ulong[] ReadSamples, WriteSamples;
    public int ReadCount, WriteCount;

    public bool Connect()
    {
        for (int attempt = 0; attempt < 5_000; attempt++)
        {
            Channel = Disk.Imp.Connect(Path);
            if (Channel != null)
            {
                State = Channel.Begin;
                return true;
            }
            Sip.Sleep(1);       // the driver is (re)starting: it registers once its drive is ready
        }
        return false;
    }

    public int BlockRead(ulong lba, uint sectors, byte* data) => Request(false, lba, sectors, data);
    public int BlockWrite(ulong lba, uint sectors, byte* data) => Request(true, lba, sectors, data);

    private int Request(bool write, ulong lba, uint sectors, byte* data)
    {
        if (Lost) return IoStatus.DriverFailed;
        int bytes = (int)sectors * BlockRequest.SectorSize;
        ulong start = Sip.OpenTsc(), idle = Sip.IdleTsc();
        for (int attempt = 0; attempt < MaxAttempts; attempt++)
        {
            ExBlock block = ExBlock.Allocate(bytes);
            if (block.IsNone) return IoStatus.Invalid;
            if (write) AppBufferCopy.Copy(block.Payload(bytes), data, (ulong)bytes);
            Disk.Imp.BusyMessage reply = write
                ? State.SendWriteAndReceive((long)lba, (int)sectors, block)
                : State.SendReadAndReceive((long)lba, (int)sectors, block);
            if (reply.IsDone(out int status, out int moved, out ExBlock back, out Disk.Imp.Ready next))
            {
                State = next;
                int result = status;
                if (status == IoStatus.Ok && (moved != (int)sectors || back.IsNone)) result = IoStatus.DeviceError;
                else if (status == IoStatus.Ok && !write) AppBufferCopy.Copy(data, back.Payload(bytes), (ulong)bytes);
                if (!back.IsNone) back.Free();
                if (result == IoStatus.Ok) Record(write, Sip.CloseTsc() - start - (Sip.IdleTsc() - idle));
                return result;
            }
            // The driver died with our block: reconnect to its restarted instance, try again.
            Retries++;
            Channel.Close();
            if (!Connect())
            {
                Lost = true;
                return IoStatus.DriverFailed;
            }
        }
        return IoStatus.DriverFailed;
    }

    private void Record(bool write, ulong sample)
    {
        if (write && WriteSamples != null && WriteCount < WriteSamples.Length) WriteSamples[WriteCount++] = sample;
        if (!write && ReadSamples != null && ReadCount < ReadSamples.Length) ReadSamples[ReadCount++] = sample;
    }


    public int PacketSend(uint device, byte* frame, uint length) => IoStatus.NoDevice;

    public int PacketReceive(uint device, byte* frame, uint room, uint timeoutTicks, out uint length)
    {
        length = 0;
        return IoStatus.NoDevice;
    }

    public void Progress(WorkloadId workload, ulong done, ulong errors, ulong corrupted, ulong retries, bool final)
    {
        if (!Quiet) Sip.Progress((ulong)workload, done, errors, corrupted, retries + Retries, final);
    }
}

/// <summary>The disk-integrity workload (common/workloads) run from a SIP, as a safe call.</summary>
public static unsafe class DiskIntegrityRun
{
    private static ulong[] s_block = new ulong[BlockRequest.MaxSectors * BlockRequest.SectorSize / 8];

    /// <summary>Writes, reads back and checks <paramref name="blocks"/> 4 KiB blocks, <paramref name="rounds"/> times; true if all intact.</summary>
    public static bool Run(ulong firstLba, uint blocks, uint rounds, out ulong corrupted, out ulong errors, out ulong retries)
    {
        var workload = new DiskIntegrity<DiskClient>();
        workload.Client.ReadSamples = new ulong[blocks * rounds];
        workload.Client.WriteSamples = new ulong[blocks * rounds];
        corrupted = errors = retries = 0;
        if (!workload.Client.Connect())
        {
            errors = 1;
            return false;
        }
        bool ok;
        fixed (ulong* block = s_block) ok = workload.Run(firstLba, blocks, rounds, (byte*)block);
        corrupted = workload.Corrupted;
        errors = workload.Errors;
        retries = workload.Client.Retries;
        if (!workload.Client.Lost) workload.Client.Channel.Close();
        Sip.Bench("disk.read", workload.Client.ReadSamples, workload.Client.ReadCount,
            "4 KiB block read as the workload sees it: Read over the Disk channel, driver SIP (bus-master DMA unless ata=pio, IRQ), copy out of the exchange block; halted time excluded");
        Sip.Bench("disk.write", workload.Client.WriteSamples, workload.Client.WriteCount,
            "4 KiB block write: copy into an exchange block, Write over the Disk channel, driver SIP (bus-master DMA unless ata=pio, IRQ); halted time excluded");
        return ok;
    }

    /// <summary>
    /// The same workload for a recovery run (docs/recovery.md): no samples, and the moment its
    /// first successful reply was back reported to the kernel.
    /// </summary>
    public static bool RunRecovery(ulong firstLba, uint blocks, uint rounds)
    {
        var workload = new DiskIntegrity<FirstReplyStamp<DiskClient>>();
        workload.Client.Inner.Quiet = true;
        if (!workload.Client.Inner.Connect()) return false;
        bool ok;
        fixed (ulong* block = s_block) ok = workload.Run(firstLba, blocks, rounds, (byte*)block);
        Sip.RecoveryReply(workload.Client.Reply);
        if (!workload.Client.Inner.Lost) workload.Client.Inner.Channel.Close();
        return ok;
    }
}
