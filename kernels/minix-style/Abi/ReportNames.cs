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
}

public enum BenchId { KernelCallNull, SendRec, NotifyRoundtrip }

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
        _ => null,
    };

    /// <summary>The benchmark's name and, in <paramref name="what"/>, what one sample spans; null for an unknown number.</summary>
    public static string Bench(BenchId id, out string what)
    {
        switch (id)
        {
            case BenchId.KernelCallNull:
                what = "SYS_NULL to the system task from ring 3 and back (syscall, privilege check, dispatch, sysret); TSC read cost subtracted";
                return "kernel-call.null";
            case BenchId.SendRec:
                what = "sendrec of a 64-byte message from a ring-3 process to PM and PM's reply: two kernel copies, two address-space switches; TSC read cost subtracted";
                return "ipc.sendrec.user-to-pm";
            case BenchId.NotifyRoundtrip:
                what = "notify from ring 3 to PM waiting in receive, PM's notify back to us waiting in receive: two notifications delivered at once; TSC read cost subtracted";
                return "ipc.notify.roundtrip";
            default:
                what = null;
                return null;
        }
    }
}
