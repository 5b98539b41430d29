// Ring 3 in its own address space: system calls carry arguments and results, the
// process's own runtime works, and each protection violation (unmapped page, privileged
// instruction, write to read-only text, execution of a no-execute page) is caught and
// ends the process while the kernel stays up. Two instances of the same image at the
// same virtual addresses see different memory.

namespace Halcheck.Checks;

public static class UserModeChecks
{
    private const ulong PageFaultPresent = 1, PageFaultWrite = 2, PageFaultUser = 4, PageFaultFetch = 16;

    public static void Run(ulong iterations)
    {
        ulong wrongShape = SelfTestInputs.Broken("user.runtime") ? HalcheckCalls.WorkWrongShape : 0;
        ulong freeBefore = PhysicalMemory.FreeFrames;
        UserProcesses.Run(HalcheckCalls.ModeWork | (iterations << 8) | wrongShape, reclaim: true);
        ulong freeAfter = PhysicalMemory.FreeFrames;
        Report.Check("user.exit", UserProcesses.ExitCode == 0 && !UserProcesses.Faulted);
        Report.CheckValue("user.syscall-arguments", UserProcesses.Records[HalcheckCalls.SlotAddResult] == 42, "result",
            UserProcesses.Records[HalcheckCalls.SlotAddResult]);
        Report.CheckValue("user.runtime", UserProcesses.Records[HalcheckCalls.SlotHeapCheck] == 11, "sides-plus-last",
            UserProcesses.Records[HalcheckCalls.SlotHeapCheck]);
        // UserProcess.Reclaim returns every frame Create took: image pages, stack, page tables.
        Report.CheckValue("user.frames-returned", freeAfter == freeBefore, "missing", freeBefore - freeAfter);

        ExpectFault("user.page-fault-caught", HalcheckCalls.ModePageFault, Vectors.PageFault,
            PageFaultUser | PageFaultWrite, PageFaultUser | PageFaultWrite | PageFaultPresent);
        ExpectFault("user.privileged-instruction-caught", HalcheckCalls.ModePrivileged, Vectors.GeneralProtection, 0, ulong.MaxValue);
        ExpectFault("user.read-only-enforced", HalcheckCalls.ModeWriteReadOnly, Vectors.PageFault,
            PageFaultUser | PageFaultWrite | PageFaultPresent, PageFaultUser | PageFaultWrite | PageFaultPresent);
        ExpectFault("user.no-execute-enforced", HalcheckCalls.ModeExecuteData, Vectors.PageFault,
            PageFaultUser | PageFaultFetch | PageFaultPresent, PageFaultUser | PageFaultFetch | PageFaultPresent);

        CheckIsolation();
    }

    private static void ExpectFault(string name, ulong mode, ulong vector, ulong errorBits, ulong errorMask)
    {
        UserProcesses.Run(mode, reclaim: true);
        bool ok = UserProcesses.Faulted && UserProcesses.FaultVector == vector
            && (errorMask == ulong.MaxValue || (UserProcesses.FaultError & errorMask) == errorBits);
        Report.CheckValue(name, ok, "error", UserProcesses.FaultError);
    }

    private static unsafe void CheckIsolation()
    {
        UserProcess first = UserProcesses.Run(HalcheckCalls.ModeProbeStatic | (111UL << 8), reclaim: false);
        ulong firstAddress = UserProcesses.Records[HalcheckCalls.SlotStaticProbe];
        UserProcess second = UserProcesses.Run(HalcheckCalls.ModeProbeStatic | (222UL << 8), reclaim: false);
        ulong secondAddress = UserProcesses.Records[HalcheckCalls.SlotStaticProbe];

        ulong firstFrame = first.Space.Translate(firstAddress);
        ulong secondFrame = second.Space.Translate(secondAddress);
        bool ok = firstAddress == secondAddress && firstFrame != 0 && secondFrame != 0 && firstFrame != secondFrame
            && *(ulong*)firstFrame == 111 && *(ulong*)secondFrame == 222;
        Report.Check("user.address-space-isolation", ok);

        first.Reclaim();
        second.Reclaim();
    }
}
