// The copy between an application's own buffer and the region a driver reads or fills (a
// kernel's transfer buffer, an exchange block, a region shared with a driver task): one
// routine for every kernel, so that the copying contract that the driver benchmarks
// compare (disk.read.4k.to-app-buffer and its kin, common/protocol/BenchDefinitions.cs)
// costs the same per byte in each of them: 8-byte words, then the bytes of the tail.
namespace Testbed.Drivers.Requests;

public static unsafe class AppBufferCopy
{
    public static void Copy(byte* destination, byte* source, ulong bytes)
    {
        ulong words = bytes / 8;
        for (ulong i = 0; i < words; i++) ((ulong*)destination)[i] = ((ulong*)source)[i];
        for (ulong i = words * 8; i < bytes; i++) destination[i] = source[i];
    }
}
