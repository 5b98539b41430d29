// Every call from the kernel into a driver (its three exports: image entry, Start, Request).
// Isolation off: a plain indirect call on the kernel's stack, as in any monolithic kernel.
// Isolation on, the wrappers (Nooks SOSP 2003, 4.2: 126 wrappers for driver functions;
// this driver interface has three) do object tracking (4.4): the kernel objects the call
// takes are copied into the driver's domain, the call runs there (Xpc), and the results
// are checked and copied back into the kernel's objects only if the call succeeded, so a
// failing call leaves the kernel's objects as they were.
using Testbed.Drivers.Requests;

namespace NooksStyle.Isolation.Wrappers;

public static unsafe class DriverCalls
{
    // Where the copies go in the driver's copies page.
    private const int ObjectOffset = 0, ResultOffset = 1024;

    /// <summary>Runs the freshly loaded image's entry: it learns the kernel's services and fills its exports.</summary>
    public static bool Entry(LoadedDriver driver)
    {
        if (!IsolationManager.Enabled)
        {
            IsolationManager.Enter(driver);
            ((delegate*<KernelServices*, DriverExports*, void>)driver.Entry)(KernelServiceTable.Table, driver.Exports);
            IsolationManager.Leave();
            return true;
        }
        var exports = (DriverExports*)(driver.Region.Copies + ResultOffset);
        *exports = default;
        if (!CallInDomain(driver, (void*)driver.Entry, (ulong)KernelServiceTable.Table, (ulong)exports)) return false;
        // The entry points the driver names must be its own code.
        if (!driver.ContainsCode((ulong)exports->Start) || !driver.ContainsCode((ulong)exports->Request))
        {
            IsolationManager.Reject(driver, "wrapper.entry.bad-export");
            return false;
        }
        *driver.Exports = *exports;
        return true;
    }

    /// <summary>The configuration call; the reply goes to driver.Info.</summary>
    public static bool Start(LoadedDriver driver, DriverConfig* config)
    {
        DriverInfo info;
        if (!IsolationManager.Enabled)
        {
            IsolationManager.Enter(driver);
            driver.Exports->Start(config, &info);
            IsolationManager.Leave();
            driver.Info = info;
            return info.Status == IoStatus.Ok;
        }
        byte* copies = driver.Region.Copies;
        *(DriverConfig*)(copies + ObjectOffset) = *config;
        *(DriverInfo*)(copies + ResultOffset) = default;
        if (!CheckExport(driver, (ulong)driver.Exports->Start)) return false;
        if (!CallInDomain(driver, driver.Exports->Start, (ulong)(copies + ObjectOffset), (ulong)(copies + ResultOffset))) return false;
        info = *(DriverInfo*)(copies + ResultOffset);
        driver.Info = info;
        if (info.Status != IoStatus.Ok)
        {
            IsolationManager.Reject(driver, "wrapper.start.failed");
            return false;
        }
        driver.Info = info;
        return true;
    }

    /// <summary>
    /// One request. The reply is written to <paramref name="reply"/> only when the call
    /// succeeded and its result passed <paramref name="checkReply"/> (isolation on).
    /// </summary>
    public static bool Request(LoadedDriver driver, void* request, void* reply, delegate*<void*, void*, bool> checkReply)
    {
        if (!IsolationManager.Enabled)
        {
            // Drivers run with interrupts enabled in both modes (as in Linux), so the two
            // modes take and serve device interrupts at the same points.
            IsolationManager.Enter(driver);
            Cpu.EnableInterrupts();
            driver.Exports->Request(request, reply);
            Cpu.DisableInterrupts();
            IsolationManager.Leave();
            return true;
        }
        // The export table was checked when the driver filled it (Entry) and is read-only to
        // the driver since: no need to check it again on the hot path.
        // Requests are 24 bytes and replies 8 (BlockRequest/PacketRequest and their
        // replies): fixed-size moves, not a byte loop, on the hot path.
        byte* copies = driver.Region.Copies;
        *(RequestCopy*)(copies + ObjectOffset) = *(RequestCopy*)request;
        *(ulong*)(copies + ResultOffset) = 0;
        if (!CallInDomain(driver, driver.Exports->Request, (ulong)(copies + ObjectOffset), (ulong)(copies + ResultOffset))) return false;
        if (!checkReply(copies + ObjectOffset, copies + ResultOffset))
        {
            IsolationManager.Reject(driver, "bad-return");
            return false;
        }
        *(ulong*)reply = *(ulong*)(copies + ResultOffset);
        return true;
    }

    private struct RequestCopy { public ulong A, B, C; }

    private static bool CallInDomain(LoadedDriver driver, void* function, ulong a0, ulong a1)
    {
        IsolationManager.Enter(driver);
        bool returned = Xpc.Call(driver.Domain.Root, driver.Region.StackTop, function, a0, a1);
        IsolationManager.Leave();
        return returned;
    }

    private static bool CheckExport(LoadedDriver driver, ulong function)
    {
        if (driver.ContainsCode(function)) return true;
        IsolationManager.Reject(driver, "wrapper.bad-export");
        return false;
    }

    // Sizes of replies and infos are multiples of 8.
    private static void Zero(byte* destination, ulong bytes)
    {
        for (ulong i = 0; i < bytes / 8; i++) ((ulong*)destination)[i] = 0;
    }
}
