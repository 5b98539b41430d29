// Footprint: the kernel image and each driver image as loaded (bytes of pages mapped).

namespace NooksStyle.Boot;

public static class Footprint
{
    [MethodImpl(MethodImplOptions.InternalCall), RuntimeImport("*", "tb_image_end")] private static extern ulong ImageEnd();
    private const ulong KernelLoadAddress = 0x100000;

    public static void Report()
    {
        TbLine.Begin("footprint").Field("kernel-bytes", ImageEnd() - KernelLoadAddress)
            .Field("ata-bytes", DriverSetup.Ata.ImageEnd - DriverSetup.Ata.ImageStart)
            .Field("rtl8139-bytes", DriverSetup.Rtl8139.ImageEnd - DriverSetup.Rtl8139.ImageStart).End();
    }
}
