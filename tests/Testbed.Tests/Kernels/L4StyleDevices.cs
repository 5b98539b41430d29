using Testbed.Harness.Boot;
using Testbed.Harness.Images;
using Testbed.Harness.Qemu;

namespace Testbed.Tests.Kernels;

/// <summary>
/// Boots l4-style with its devices (an IDE disk, two RTL8139 NICs on one hub). A harness
/// that reads the kernel's qemu-args.txt itself (KernelImage.DeviceArguments) adds them;
/// until then this supplies the same arguments, with a fresh scratch disk per boot.
/// </summary>
internal static class L4StyleDevices
{
    static bool HarnessAddsDevices => typeof(KernelImage).GetProperty("DeviceArguments") is not null;

    public static async Task<BootResult> BootAsync(string append, TimeSpan timeout)
    {
        var disk = Path.Combine(Path.GetTempPath(), $"l4-style-disk-{Guid.NewGuid():N}.img");
        try
        {
            await using (var file = File.Create(disk))
                file.SetLength(8 * 1024 * 1024);
            string[] devices = HarnessAddsDevices ? [] :
            [
                "-drive", $"if=ide,format=raw,file={disk}",
                "-netdev", "hubport,id=p0,hubid=0", "-device", "rtl8139,netdev=p0,mac=52:54:00:00:00:01",
                "-netdev", "hubport,id=p1,hubid=0", "-device", "rtl8139,netdev=p1,mac=52:54:00:00:00:02",
            ];
            return await BootSession.RunAsync(BootRequest.ForKernel("l4-style") with
            {
                Accel = AccelRequest.Tcg,
                Icount = true,
                Timeout = timeout,
                Append = append,
                ExtraQemuArgs = devices,
            });
        }
        finally
        {
            File.Delete(disk);
        }
    }
}
