// The checks and benchmarks that ring 3 reports through SYS_DIAGCTL, by number: a process
// sends a number, never a string, and the kernel prints the name (compiled into both).
namespace MinixStyle.Abi;

public enum CheckId
{
    SendRecReply, SourceStamped, SendThenReceive, DeadlockRefused, NotifyPendingAfterReply,
    SendNbDelivered, BadEndpoint, BadAddress, BadKernelCall, AlarmNotifies,
    DsPublishRetrieve, DsSubscriberNotified, DsForeignKeyRefused,
    IrqNotifications, DevIoOutsideRangeRefused, IrqCtlOtherLineRefused,
    SendRecUncachedPage,
    DsRecoveryWorkload,
    SDevIoOutsideRangeRefused, SDevIoBadBufferRefused, VDevIoMatchesDevIo, VDevIoOutsideRangeRefused, UmapMapped, UmapTooLargeRefused,
    SetGrantBadTableRefused, SafeCopyThroughGrant, SafeCopyBadGrantRefused, SafeCopyWrongGranteeRefused, SafeCopyRevokedRefused,
    SafeCopyOutOfRangeRefused, SafeCopyWrongAccessRefused, DiskIntegrity, DiskBenchIntact, DriverFailureReported,
    VDevIoBadBufferRefused, VDevIoOtherLineRefused, BlockClientResubmitted,
    FsIntegrity, FsBadFileRefused, FsUnlinkFrees, FsBenchIntact, FsClientResubmitted,
    ProcessChildRan, ProcessSlotReused, ProcessKillReportedByWait, ProcessUnknownRefused, ProcessForkExecRefused,
    NetEcho, NetBenchIntact, NetServerResent, NetServerBadFrameRefused,
    PrivilegesSetByRs, PrivCtlBadRequestRefused, PrivCtlOnlyRs, DiskBenchInTrapIntact, NetBenchInTrapIntact,
}

public enum BenchId { KernelCallNull, SendRec, NotifyRoundtrip, DiskRead, DiskWrite, RecoveryAta, FileRead, FileWrite, ProcessForkExecWait, ProcessForkExecToExit, NetEcho, RecoveryRtl8139, RecoveryAtaHang,
    KernelCallNullInTrap, DiskReadInTrap, DiskWriteInTrap, NetEchoInTrap }

public static class ReportNames
{
    public static string Check(CheckId id) => id switch
    {
        CheckId.SendRecReply => "ipc.sendrec.reply",
        CheckId.SourceStamped => "ipc.source-stamped-by-kernel",
        CheckId.SendThenReceive => "ipc.send-then-receive",
        CheckId.DeadlockRefused => "ipc.send-cycle-refused",
        CheckId.NotifyPendingAfterReply => "ipc.notify.pending-after-reply",
        CheckId.SendNbDelivered => "ipc.sendnb.delivered",
        CheckId.BadEndpoint => "ipc.bad-endpoint-refused",
        CheckId.BadAddress => "ipc.bad-address-refused",
        CheckId.BadKernelCall => "kernel-call.unknown-refused",
        CheckId.AlarmNotifies => "clock.alarm-notifies",
        CheckId.DsPublishRetrieve => "ds.publish-retrieve",
        CheckId.DsSubscriberNotified => "ds.subscriber-notified",
        CheckId.DsForeignKeyRefused => "ds.foreign-key-refused",
        CheckId.IrqNotifications => "irq.notification-per-interrupt",
        CheckId.DevIoOutsideRangeRefused => "devio.port-outside-range-refused",
        CheckId.IrqCtlOtherLineRefused => "irqctl.other-line-refused",
        CheckId.SendRecUncachedPage => "ipc.sendrec.slow-path",
        CheckId.DsRecoveryWorkload => "ds.clients-resubmit-across-restarts",
        CheckId.SDevIoOutsideRangeRefused => "sdevio.port-outside-range-refused",
        CheckId.SDevIoBadBufferRefused => "sdevio.bad-buffer-refused",
        CheckId.VDevIoMatchesDevIo => "vdevio.vector-matches-devio",
        CheckId.VDevIoOutsideRangeRefused => "vdevio.port-outside-range-refused-whole",
        CheckId.UmapMapped => "umap.dma-memory-mapped",
        CheckId.UmapTooLargeRefused => "umap.too-large-refused",
        CheckId.SetGrantBadTableRefused => "setgrant.bad-table-refused",
        CheckId.SafeCopyThroughGrant => "safecopy.through-grant",
        CheckId.SafeCopyBadGrantRefused => "safecopy.bad-grant-id-refused",
        CheckId.SafeCopyWrongGranteeRefused => "safecopy.wrong-grantee-refused",
        CheckId.SafeCopyRevokedRefused => "safecopy.revoked-grant-refused",
        CheckId.SafeCopyOutOfRangeRefused => "safecopy.out-of-range-refused",
        CheckId.SafeCopyWrongAccessRefused => "safecopy.wrong-access-refused",
        CheckId.DiskIntegrity => "disk.integrity",
        CheckId.DiskBenchIntact => "disk.bench.data-intact",
        CheckId.DriverFailureReported => "block-client.driver-failure-reported",
        CheckId.VDevIoBadBufferRefused => "vdevio.bad-buffer-refused",
        CheckId.VDevIoOtherLineRefused => "vdevio.other-line-refused",
        CheckId.BlockClientResubmitted => "block-client.resubmitted-across-restarts",
        CheckId.FsIntegrity => "fs.integrity-over-files",
        CheckId.FsBadFileRefused => "fs.bad-file-refused",
        CheckId.FsUnlinkFrees => "fs.unlink-frees-zones-and-name",
        CheckId.FsBenchIntact => "fs.bench.data-intact",
        CheckId.FsClientResubmitted => "fs-client.resubmitted-across-restarts",
        CheckId.ProcessChildRan => "process.child-exit-code-by-wait",
        CheckId.ProcessSlotReused => "process.slot-reused",
        CheckId.ProcessKillReportedByWait => "process.kill-reported-by-wait",
        CheckId.ProcessUnknownRefused => "process.wait-and-exec-refusals",
        CheckId.ProcessForkExecRefused => "process.fork-exec-only-pm",
        CheckId.NetEcho => "net-echo.intact",
        CheckId.NetBenchIntact => "net.bench.frames-intact",
        CheckId.NetServerResent => "net-server.resent-across-restarts",
        CheckId.NetServerBadFrameRefused => "net-server.bad-frame-refused",
        CheckId.PrivilegesSetByRs => "privilege.set-by-rs",
        CheckId.PrivCtlBadRequestRefused => "privctl.bad-request-refused",
        CheckId.PrivCtlOnlyRs => "privctl.only-rs",
        CheckId.DiskBenchInTrapIntact => "disk.bench.in-trap.data-intact",
        CheckId.NetBenchInTrapIntact => "net.bench.in-trap.frames-intact",
        _ => null,
    };

    /// <summary>The benchmark's name and, in <paramref name="what"/>, what one sample spans; null for an unknown number.</summary>
    public static string Bench(BenchId id, out string what)
    {
        what = SampleSpan(id);
        return BenchName(id);
    }

    private static string BenchName(BenchId id) => id switch
    {
        BenchId.KernelCallNull => "kernel-call.null",
        BenchId.SendRec => "ipc.sendrec.user-to-pm",
        BenchId.NotifyRoundtrip => "ipc.notify.roundtrip",
        BenchId.DiskRead => "disk.read",
        BenchId.DiskWrite => "disk.write",
        BenchId.FileRead => "file.read",
        BenchId.FileWrite => "file.write",
        BenchId.RecoveryAta => "recovery.ata",
        BenchId.ProcessForkExecWait => "process.fork-exec-wait",
        BenchId.ProcessForkExecToExit => "process.fork-exec-to-exit",
        BenchId.NetEcho => "net.echo",
        BenchId.RecoveryRtl8139 => "recovery.rtl8139",
        BenchId.RecoveryAtaHang => "recovery.ata.hang",
        BenchId.KernelCallNullInTrap => "kernel-call.null.in-trap",
        BenchId.DiskReadInTrap => "disk.read.in-trap",
        BenchId.DiskWriteInTrap => "disk.write.in-trap",
        BenchId.NetEchoInTrap => "net.echo.in-trap",
        _ => null,
    };

    private static string SampleSpan(BenchId id) => id switch
    {
        BenchId.KernelCallNull => "SYS_NULL to the system task from ring 3 and back (syscall, privilege check, dispatch, sysret); TSC read cost subtracted",
        BenchId.SendRec => "sendrec of a 64-byte message from a ring-3 process to PM and PM's reply: two kernel copies, two address-space switches; TSC read cost subtracted",
        BenchId.NotifyRoundtrip => "notify from ring 3 to PM waiting in receive, PM's notify back to us waiting in receive: two notifications delivered at once; TSC read cost subtracted",
        BenchId.DiskRead => "4 KiB block read into the client's own buffer: sendrec to the ATA driver process (port I/O by SYS_VDEVIO, DMA, IRQ 14 as a notification), the data copied into the client's buffer by the driver's SYS_SAFECOPY through the client's grant; halted time subtracted",
        BenchId.DiskWrite => "4 KiB block write from the client's own buffer: sendrec to the ATA driver process, which copies it in by SYS_SAFECOPY through the client's grant (port I/O by SYS_VDEVIO, DMA, IRQ 14 as a notification); halted time subtracted",
        BenchId.FileRead => "4 KiB of a file read into the client's own buffer through FS: sendrec to FS, FS's block request to the ATA driver process into its buffer (SYS_SAFECOPY through FS's grant), FS's SYS_SAFECOPY into the client's buffer through the client's grant; halted time subtracted",
        BenchId.FileWrite => "4 KiB of a file written from the client's own buffer through FS: FS's SYS_SAFECOPY from the client's grant into its buffer, its block request to the ATA driver process (write-through), the reply; halted time subtracted",
        BenchId.RecoveryAta => Testbed.Guest.Measure.RecoveryTime.Definition,
        BenchId.ProcessForkExecWait => "fork through PM (SYS_FORK: a copy of the parent's image and stack into the free child slot), exec of the boot image true.elf in the child (SYS_EXEC), its exit through PM, and the parent's wait returning with its exit code, the slot reaped (SYS_CLEAR); TSC read cost subtracted",
        BenchId.ProcessForkExecToExit => "fork through PM (SYS_FORK), exec of the boot image true.elf in the child (SYS_EXEC), until the child's exit reaches the kernel (PM's SYS_EXIT for it, stamped there); no reaping; TSC read cost subtracted",
        BenchId.NetEcho => "one frame (60-1514 B) from the client's own buffer sent on NIC 0 and received on NIC 1 into its own buffer: two sendrecs to the network server, which copies each frame by SYS_SAFECOPY through the client's grant and forwards it to the RTL8139 driver process (port I/O by SYS_VDEVIO, IRQs as notifications, SYS_SAFECOPY through the server's grant); halted time subtracted",
        BenchId.RecoveryRtl8139 => Testbed.Guest.Measure.RecoveryTime.Definition,
        BenchId.RecoveryAtaHang => Testbed.Guest.Measure.RecoveryTime.Definition,
        BenchId.KernelCallNullInTrap => "SYS_NULL from ring 3 run in the caller's trap (MINIX 3.2's kernel_call; the system task not involved); TSC read cost subtracted",
        BenchId.DiskReadInTrap => "as disk.read, every kernel call (the driver's SYS_VDEVIO and SYS_SAFECOPY) run in the caller's trap (MINIX 3.2), not in the system task; halted time subtracted",
        BenchId.DiskWriteInTrap => "as disk.write, every kernel call run in the caller's trap (MINIX 3.2), not in the system task; halted time subtracted",
        BenchId.NetEchoInTrap => "as net.echo, every kernel call (the server's and the driver's SYS_SAFECOPY, the driver's SYS_VDEVIO) run in the caller's trap (MINIX 3.2); halted time subtracted",
        _ => null,
    };
}
