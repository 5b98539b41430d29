// The checks the kernel itself makes at the end of the run: its data stayed static, the
// user process saw every refusal its privileges imply, and the server is still waiting.
namespace MinixStyle.Checks;

public static class KernelChecks
{
    public static void Run()
    {
        ulong growth = StaticData.GrowthSinceBoot;
        Report.CheckValue("kernel.no-allocation-after-boot", growth == 0, "bytes", growth);

        ref Proc user = ref ProcessTable.Procs[BootImage.UserTestSlot];
        Report.CheckValue("privilege.user-refusals", user.Exited && user.ExitCode == StartArgument.UserAllExpected, "exit-code", (ulong)(long)user.ExitCode);

        ref Proc test = ref ProcessTable.Procs[Endpoint.IpcTest];
        Report.CheckValue("ipc-test.exited-cleanly", test.Exited && test.ExitCode == 0, "exit-code", (ulong)(long)test.ExitCode);

        ref Proc pm = ref ProcessTable.Procs[Endpoint.Pm];
        Report.Check("pm.waiting-for-requests", !pm.Exited && pm.Receiving && pm.ReceiveFrom == Endpoint.Any);
    }
}
