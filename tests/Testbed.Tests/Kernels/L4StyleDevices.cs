using Testbed.Harness.Boot;
using Testbed.Harness.Qemu;

namespace Testbed.Tests.Kernels;

/// <summary>
/// Boots l4-style under TCG icount; the harness adds the devices its project declares
/// (qemu-args.txt: an IDE disk, fresh for every boot, and two RTL8139 NICs on one hub).
/// </summary>
internal static class L4StyleDevices
{
    public static Task<BootResult> BootAsync(string append, TimeSpan timeout) =>
        BootSession.RunAsync(BootRequest.ForKernel("l4-style") with
        {
            Accel = AccelRequest.Tcg,
            Icount = true,
            Timeout = timeout,
            Append = append,
        });
}
