// Nooks' recovery agent (SOSP 2003, 4.5): after a failure, release what the driver held
// (its image pages, its stack and copies; its DMA buffers are taken back and handed out
// again), reload it from the pristine boot module and re-run its entry. The shadow
// driver then replays its configuration.

namespace NooksStyle.Isolation;

public static class RecoveryAgent
{
    public static bool Load(LoadedDriver driver)
    {
        if (!Multiboot.TryFindModule(driver.ModuleName, out BootModule module)) Panic.Halt("nooks: driver module missing");
        LoadedImage image = ElfLoader.LoadSupervisor(AddressSpace.Kernel, module, driver.Region.Base, driver.Region.ImageLimit);
        ulong entry = image.Entry;
        if (entry == 0) return false;
        driver.Entry = entry;
        driver.ImageStart = image.Start;
        driver.ImageEnd = image.End;
        driver.Domain ??= new ProtectionDomain(driver.Region);
        driver.Failed = false;
        return DriverCalls.Entry(driver);
    }

    /// <summary>Unloads the failed driver and loads a fresh copy; false if even that fails.</summary>
    public static bool Restart(LoadedDriver driver)
    {
        DriverRegion.UnmapImage(driver.ImageStart, driver.ImageEnd);
        driver.Region.ReleaseForRestart();
        InterruptLinesReset(driver);
        // The old image's translations may still be cached (the unmap ran in another space).
        Cpu.WriteCr3(Cpu.ReadCr3());
        driver.Restarts++;
        RecoveryStamps.TornDown = RecoveryStamps.Now();
        bool loaded = Load(driver);
        RecoveryStamps.Reloaded = RecoveryStamps.Now();
        return loaded;
    }

    private static void InterruptLinesReset(LoadedDriver driver)
    {
        Drivers.InterruptLines.Clear(driver.Config.Device0.Irq);
        if (driver.Config.DeviceCount > 1) Drivers.InterruptLines.Clear(driver.Config.Device1.Irq);
    }
}
