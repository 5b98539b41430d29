// The kernel side of the ABI table (Abi/AbiSlot.cs): plain C# methods whose addresses the
// SIPs call directly, on their own stacks, in ring 0. Each one finds its caller as the
// SIP whose thread runs (Scheduler.CurrentSip) and checks handles against it; a bad
// handle or a forbidden message kills the caller, never the kernel.
using Testbed.Guest.Measure;

namespace Singularity.Abi;

public static unsafe class KernelAbi
{
    private static ulong* s_table;

    public static ulong TableAddress => (ulong)s_table;

    public static void Initialize()
    {
        s_table = (ulong*)KernelHeap.Allocate(AbiSlot.Count * 8, 64);
        s_table[AbiSlot.Null] = (ulong)(delegate*<ulong>)&Null;
        s_table[AbiSlot.Exit] = (ulong)(delegate*<long, void>)&Exit;
        s_table[AbiSlot.Fault] = (ulong)(delegate*<long, void>)&Fault;
        s_table[AbiSlot.Yield] = (ulong)(delegate*<void>)&Yield;
        s_table[AbiSlot.AllocatePages] = (ulong)(delegate*<ulong, ulong>)&AllocatePages;
        s_table[AbiSlot.ExchangeAllocate] = (ulong)(delegate*<ulong, long>)&ExchangeAllocate;
        s_table[AbiSlot.ExchangeFree] = (ulong)(delegate*<ulong, long>)&ExchangeFree;
        s_table[AbiSlot.Send] = FastPath.SendEntry();                   // Ipc/channel_fastpath.S, else ChannelCalls.Send
        s_table[AbiSlot.Receive] = FastPath.ReceiveEntry();             // Ipc/channel_fastpath.S, else ChannelCalls.Receive
        s_table[AbiSlot.Close] = (ulong)(delegate*<ulong, void>)&ChannelCalls.Close;
        s_table[AbiSlot.Register] = (ulong)(delegate*<string, long[], long>)&Register;
        s_table[AbiSlot.Connect] = (ulong)(delegate*<string, long>)&Connect;
        s_table[AbiSlot.Accept] = (ulong)(delegate*<ulong, long>)&Accept;
        s_table[AbiSlot.Log] = (ulong)(delegate*<string, void>)&Log;
        s_table[AbiSlot.ReportCheck] = (ulong)(delegate*<string, bool, ulong, void>)&ReportCheck;
        s_table[AbiSlot.ReportBench] = (ulong)(delegate*<string, ulong[], int, string, void>)&ReportBench;
        s_table[AbiSlot.ReadTsc] = (ulong)(delegate*<ulong>)&Cpu.ReadTsc;
        s_table[AbiSlot.WaitIrq] = (ulong)(delegate*<ulong, ulong, long>)&WaitIrq;
        s_table[AbiSlot.AllocateDma] = (ulong)(delegate*<ulong, ulong>)&AllocateDma;
        s_table[AbiSlot.IdleTsc] = (ulong)(delegate*<ulong>)&IdleTsc;
        s_table[AbiSlot.Sleep] = (ulong)(delegate*<ulong, void>)&Sleep;
        s_table[AbiSlot.SendReceive] = FastPath.SendReceiveEntry();     // Ipc/channel_fastpath.S
        s_table[AbiSlot.ReportProgress] = (ulong)(delegate*<ulong, ulong, ulong, ulong, ulong, ulong, void>)&ReportProgress;
    }

    // The minimum kernel API call: nothing to do, no trap to take.
    private static ulong Null() => 0;

    private static void Exit(long code) => SipLifecycle.Exit(Scheduler.CurrentSip, code);

    private static void Fault(long kind) => SipLifecycle.Kill(Scheduler.CurrentSip, kind);

    private static void Yield() => Scheduler.Yield();

    private static ulong AllocatePages(ulong count) => count > 256 ? 0 : SipLoader.MapHeap(Scheduler.CurrentSip, (int)count);

    private static long ExchangeAllocate(ulong length)
    {
        if (length == 0 || length > ExchangeLayout.MaxPayload) return -2;
        return ExchangeHeap.Allocate(Scheduler.CurrentSip.Id, (int)length);
    }

    private static long ExchangeFree(ulong block)
    {
        Sip caller = Scheduler.CurrentSip;
        if (!ExchangeHeap.IsOwnedBy(block, caller.Id)) SipLifecycle.Kill(caller, SipFaultKind.NotOwner);
        ExchangeHeap.Free(block);
        return 0;
    }

    private static long Register(string path, long[] transitions) => NameServer.Register(Scheduler.CurrentSip, path, transitions);
    private static long Connect(string path) => NameServer.Connect(Scheduler.CurrentSip, path);
    private static long Accept(ulong listener) => NameServer.Accept(Scheduler.CurrentSip, listener);

    // The SIP is the target: its name (echo, ata, rtl8139) names it in the record. Called from
    // the code path that commits the fault, just before the faulty code runs.
    private static void FaultCommitting(ulong kind, ulong at)
    {
        Sip caller = Scheduler.CurrentSip;
        var plan = new Testbed.Drivers.Faults.FaultPlan
        {
            Target = Drivers.DriverFaults.TargetOf(caller.Name),
            Kind = (Testbed.Drivers.Faults.InjectedFault)kind,
            AtRequest = (uint)at,
        };
        if (plan.Target == Testbed.Drivers.Faults.FaultTarget.None || kind == 0 || kind > (ulong)Testbed.Drivers.Faults.FaultCatalog.LastKind) return;
        FaultPlanLine.Write(plan, Testbed.Drivers.Faults.FaultPlanState.Committed);
    }

    private static void Log(string text)
    {
        Sip caller = Scheduler.CurrentSip;
        Console.Write("[");
        Console.Write(caller.Name);
        Console.Write("] ");
        if ((object)text != null) Console.Write(text);
        Console.Write("\n");
    }

    // Only the line its manifest declares (composed and checked at build time).
    private static long WaitIrq(ulong line, ulong ticks)
    {
        Sip caller = Scheduler.CurrentSip;
        if (line > 15 || line != caller.Info->Irq && line != caller.Info->Irq2) return -2;
        return Drivers.InterruptLines.Wait((int)line, ticks);
    }

    private static ulong IdleTsc() => IdleClock.Halted;

    private static ulong AllocateDma(ulong bytes) => Drivers.DmaPool.Allocate(Scheduler.CurrentSip, bytes);

    private static void Sleep(ulong ticks) => Drivers.InterruptLines.Sleep(ticks > 10_000 ? 10_000 : ticks);

    private static void ReportProgress(ulong workload, ulong done, ulong errors, ulong corrupted, ulong retries, ulong final)
    {
        if (workload == AbiSlot.FaultCommittingReport)
        {
            FaultCommitting(done, errors);
            return;
        }
        if (workload == AbiSlot.RecoveryReplyReport)
        {
            if (!Drivers.RecoveryStamps.Reply.IsSet) Drivers.RecoveryStamps.Reply = new Testbed.Guest.Measure.RecoveryStamp(done, errors);
            return;
        }
        TbLine.Begin(Testbed.Protocol.ProtocolNames.Progress).Field("name", workload == 1 ? "disk-integrity" : "net-echo")
            .Field("done", done).Field("errors", errors).Field("corrupted", corrupted).Field("retries", retries)
            .Field("final", final != 0).Field("sip", Scheduler.CurrentSip.Name).End();
    }

    // A SIP's checks and benchmarks are reported by the kernel on its behalf (the SIP has no serial port).
    private static void ReportCheck(string name, bool ok, ulong detail) => Report.CheckValue(name, ok, "detail", detail);

    private static void ReportBench(string name, ulong[] samples, int count, string what)
    {
        if ((object)samples == null || count <= 0 || count > samples.Length) return;
        Summary summary = Summary.Of(samples, count);
        Report.Bench(name, summary, what);
        Benchmarks.BenchmarkSuite.Remember(name, summary.Median);
    }
}
