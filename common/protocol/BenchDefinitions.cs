// What a benchmark measures, as a short id every bench record carries ("def"): where its
// window starts and ends, what data contract it follows, how halted time is handled. Two
// figures are compared only when they carry the same id (harness: ComparisonEvaluator
// refuses the rest), so a ratio never puts a zero-copy path beside a copying one, or a
// recovery that ends at "driver ready" beside one that ends at the client's reply.
// Each kernel maps its benchmark names to these ids in Benchmarks/BenchDefinitionTable.cs;
// docs/definitions.md says the same in prose. Compiled into the kernels and the harness.
namespace Testbed.Protocol;

public static class BenchDefinitions
{
    /// <summary>What a kernel's table gives for a name it does not list: never compared.</summary>
    public const string Undeclared = "undeclared";

    /// <summary>The cheapest call from application code into the kernel that does no work, and back, in the kernel's own mechanism (syscall/sysretq, or a direct call through an ABI table); the timer read's cost subtracted.</summary>
    public const string KernelCallNull = "kernel-call.null";

    /// <summary>CR3 written to another address space and back again.</summary>
    public const string AddressSpaceSwitch = "address-space.switch";

    /// <summary>A timer interrupt: entry, the tick handler, end of interrupt, return.</summary>
    public const string InterruptTimer = "interrupt.timer";

    /// <summary>One kernel thread to another, FPU and SSE state included.</summary>
    public const string ThreadSwitch = "thread.switch";

    /// <summary>A short request and its reply between two processes in different protection domains: from the client's send until the client holds the reply.</summary>
    public const string IpcRoundtrip = "ipc.roundtrip";

    /// <summary>The same between two threads of one address space (no protection-domain crossing).</summary>
    public const string IpcRoundtripSameSpace = "ipc.roundtrip.same-space";

    /// <summary>One short message from a sender to a receiver in another address space, until the receiver holds it.</summary>
    public const string IpcOneway = "ipc.oneway";

    /// <summary>The same between two threads of one address space.</summary>
    public const string IpcOnewaySameSpace = "ipc.oneway.same-space";

    /// <summary>An asynchronous notification to a process waiting in receive, answered by one: from the first notify until the sender holds the answer.</summary>
    public const string IpcNotifyRoundtrip = "ipc.notify.roundtrip";

    /// <summary>A round trip that carries a 1 KiB string each way, copied by the kernel.</summary>
    public const string IpcRoundtripString1K = "ipc.roundtrip.string-1k";

    /// <summary>The hardware floor of a round trip, measured in the same boot: two null kernel calls and an address-space switch and back.</summary>
    public const string FloorRoundtrip = "floor.roundtrip";

    /// <summary>A ratio (percent or on/off) the kernel computed from two of its own figures of one boot; not instructions.</summary>
    public const string RatioInBoot = "ratio.in-boot";

    /// <summary>A new process from a boot image until its exit call reaches the kernel (or its pager): lookup, image, stack, thread, first instructions; no reclamation.</summary>
    public const string ProcessCreateToExitCall = "process.create-to-exit-call";

    /// <summary>The same, then exit and the reclamation of every page, thread and address space.</summary>
    public const string ProcessCreateRunReclaim = "process.create-run-reclaim";

    /// <summary>Destroying a process that has exited: threads, mappings, frames, page tables.</summary>
    public const string ProcessDestroy = "process.destroy";

    /// <summary>A 4 KiB block read from the application's request until the data is in the application's own buffer; halted time subtracted.</summary>
    public const string DiskReadToAppBuffer = "disk.read.4k.to-app-buffer";

    /// <summary>A 4 KiB block write from data in the application's own buffer until the driver reports it written; halted time subtracted.</summary>
    public const string DiskWriteFromAppBuffer = "disk.write.4k.from-app-buffer";

    /// <summary>4 KiB of a file read through a file server, from the application's request until the data is in its own buffer; halted time subtracted.</summary>
    public const string FileReadToAppBuffer = "file.read.4k.to-app-buffer";

    /// <summary>4 KiB of a file written through a file server, from data in the application's own buffer until the server reports it on the disk; halted time subtracted.</summary>
    public const string FileWriteFromAppBuffer = "file.write.4k.from-app-buffer";

    /// <summary>A 4 KiB block read into a region the application shares with the driver (no copy to a buffer of its own); halted time subtracted.</summary>
    public const string DiskReadZeroCopy = "disk.read.4k.zero-copy";

    /// <summary>A 4 KiB block write from a region the application shares with the driver; halted time subtracted.</summary>
    public const string DiskWriteZeroCopy = "disk.write.4k.zero-copy";

    /// <summary>One frame (60 to 1514 bytes) from the application's own buffer sent on NIC 0 and received on NIC 1 into its own buffer; halted time subtracted.</summary>
    public const string NetEchoAppBuffers = "net.echo.app-buffers";

    /// <summary>The same with both frames in a region the application shares with the driver.</summary>
    public const string NetEchoZeroCopy = "net.echo.zero-copy";

    /// <summary>A whole workload run (every request, checks included), halted time excluded: a figure of its own, compared with nothing.</summary>
    public const string WorkloadWholeRun = "workload.whole-run";

    /// <summary>Recovery of a driver or service (docs/recovery.md): from the fault's entry into the kernel (the HAL's exception dispatch, or the watchdog's expiry) until the client holds the reply of its first successful request after it; halted time subtracted.</summary>
    public const string RecoveryFaultToFirstSuccess = "recovery.fault-to-first-success";

    /// <summary>Its first part: from the fault's entry until the recovery agent (shadow driver, manager) acts.</summary>
    public const string RecoveryDetect = "recovery.part.detect";

    /// <summary>Its second part: until the old incarnation is gone (unmapped, destroyed, reclaimed).</summary>
    public const string RecoveryTeardown = "recovery.part.teardown";

    /// <summary>Its third part: until the new image is loaded and started.</summary>
    public const string RecoveryReload = "recovery.part.reload";

    /// <summary>Its fourth part: until the new instance is initialised and ready.</summary>
    public const string RecoveryReinit = "recovery.part.reinit";

    /// <summary>Its last part: until the client holds the reply of its re-issued request.</summary>
    public const string RecoveryReplay = "recovery.part.replay";

    /// <summary>Bytes of a loaded image or its parts (footprint records).</summary>
    public const string FootprintBytes = "footprint.bytes";

    /// <summary>A process spawned (fork or posix_spawn, exec of a small static program) until the parent has reaped its exit: the host's, or a kernel's fork and exec through its process manager (minix-style).</summary>
    public const string ProcessSpawnToReaped = "process.spawn-to-reaped";

    /// <summary>Two threads of one host process handing a word back and forth.</summary>
    public const string ThreadPingPong = "thread.ping-pong";
}
