// The checks the kernel itself makes at the end of the run: its data stayed static, the
// user process saw every refusal its privileges imply, code and data stayed apart, and
// the servers are still waiting (RS with its clock stopped), and the IPC fast path did the
// benchmark's work.
namespace MinixStyle.Checks;

public static class KernelChecks
{
    public static void Run(ulong iterations)
    {
        ulong growth = StaticData.GrowthSinceBoot;
        Report.CheckValue("kernel.no-allocation-after-boot", growth == 0, "bytes", growth);

        ref Proc user = ref ProcessTable.Procs[BootImage.UserTestSlot];
        Report.CheckValue("privilege.user-refusals", user.Exited && user.ExitCode == StartArgument.UserAllExpected, "exit-code", (ulong)(long)user.ExitCode);

        // A page fault (vector 14) is how each separate-I&D probe must end.
        const int pageFaultExit = UserFaults.FaultExitCode - 14;
        ref Proc jump = ref ProcessTable.Procs[BootImage.JumpIntoDataSlot];
        Report.CheckValue("memory.data-not-executable", jump.Exited && jump.ExitCode == pageFaultExit, "exit-code", (ulong)(long)jump.ExitCode);
        ref Proc write = ref ProcessTable.Procs[BootImage.WriteTextSlot];
        Report.CheckValue("memory.text-read-only", write.Exited && write.ExitCode == pageFaultExit, "exit-code", (ulong)(long)write.ExitCode);

        ref Proc test = ref ProcessTable.Procs[Endpoint.IpcTest];
        Report.CheckValue("ipc-test.exited-cleanly", test.Exited && test.ExitCode == 0, "exit-code", (ulong)(long)test.ExitCode);

        // Each sample of ipc.sendrec.user-to-pm is two fast-path calls: the sendrec, PM's replyreceive.
        ulong hits = FastPath.Hits;
        Report.CheckValue("ipc.fastpath.taken", hits >= 2 * iterations, "calls", hits);

        ref Proc pm = ref ProcessTable.Procs[Endpoint.Pm];
        Report.Check("pm.waiting-for-requests", !pm.Exited && pm.Receiving && pm.ReceiveFrom == Endpoint.Any);
        ref Proc rtc = ref ProcessTable.Procs[Endpoint.RtcDriver];
        Report.CheckValue("rtc-driver.exited-cleanly", rtc.Exited && rtc.ExitCode == 0, "exit-code", (ulong)(long)rtc.ExitCode);
        // With a fault plan the driver's end is the kernel's fault record, and the client's checks show what it saw.
        ref Proc ata = ref ProcessTable.Procs[ProcessTable.SlotOfEndpoint(Endpoint.AtaDriver)];
        ref Proc client = ref ProcessTable.Procs[ProcessTable.SlotOfEndpoint(Endpoint.BlockClient)];
        // Under a fault plan too: RS restarted the driver and the client went on (a lost driver fails both).
        Report.Check("ata-driver.waiting-for-requests", !ata.Exited && ata.Receiving && ata.ReceiveFrom == Endpoint.Any);
        Report.CheckValue("block-bench.exited-cleanly", client.Exited && client.ExitCode == 0, "exit-code", (ulong)(long)client.ExitCode);
        ref Proc fs = ref ProcessTable.Procs[Endpoint.Fs];
        Report.Check("fs.waiting-for-requests", !fs.Exited && fs.Receiving && fs.ReceiveFrom == Endpoint.Any);
        ref Proc files = ref ProcessTable.Procs[Endpoint.FsClient];
        Report.CheckValue("fs-client.exited-cleanly", files.Exited && files.ExitCode == 0, "exit-code", (ulong)(long)files.ExitCode);
        ref Proc net = ref ProcessTable.Procs[ProcessTable.SlotOfEndpoint(Endpoint.Rtl8139Driver)];
        Report.Check("rtl8139-driver.waiting-for-requests", !net.Exited && net.Receiving && net.ReceiveFrom == Endpoint.Any);
        ref Proc server = ref ProcessTable.Procs[Endpoint.NetServer];
        Report.Check("net-server.waiting-for-requests", !server.Exited && server.Receiving && server.ReceiveFrom == Endpoint.Any);
        ref Proc netClient = ref ProcessTable.Procs[Endpoint.NetClient];
        Report.CheckValue("net-bench.exited-cleanly", netClient.Exited && netClient.ExitCode == 0, "exit-code", (ulong)(long)netClient.ExitCode);
        ref Proc ds = ref ProcessTable.Procs[Endpoint.Ds];
        Report.Check("ds.waiting-for-requests", !ds.Exited && ds.Receiving && ds.ReceiveFrom == Endpoint.Any);
        // The clock task is a process that ran: the alarms (the clock check's, RS's rounds) came through it.
        Report.CheckValue("clock.task-delivered-alarms", ClockTask.Rounds > 0, "rounds", ClockTask.Rounds);
        ServicePrivilegeChecks.Run();
        ref Proc rs = ref ProcessTable.Procs[Endpoint.Rs];
        Report.Check("rs.waiting-for-requests", !rs.Exited && rs.Receiving && rs.ReceiveFrom == Endpoint.Any && rs.AlarmAt == 0);
    }
}
