// All kernel data is made at boot (MINIX 3: every kernel table is a static array): once
// the boot image is up, the kernel heap must not grow. The mark is taken then and
// compared at the end of the run (Checks/KernelChecks.cs).
namespace MinixStyle.Memory;

public static class StaticData
{
    public static ulong HeapUsedAtBoot;

    public static void CloseAllocator() => HeapUsedAtBoot = KernelHeap.Used;
    public static ulong GrowthSinceBoot => KernelHeap.Used - HeapUsedAtBoot;
}
