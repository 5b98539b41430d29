// Block copies the compiler calls for struct copies and span operations.
namespace System;

public static unsafe class Buffer
{
    public static void MemoryCopy(void* source, void* destination, long destinationSize, long count)
        => Memmove((byte*)destination, (byte*)source, (nuint)count);

    internal static void Memmove(byte* destination, byte* source, nuint count)
    {
        if (destination <= source || destination >= source + count)
        {
            for (nuint i = 0; i < count; i++) destination[i] = source[i];
        }
        else
        {
            for (nuint i = count; i > 0; i--) destination[i - 1] = source[i - 1];
        }
    }

    internal static void Memmove<T>(ref T destination, ref T source, nuint elementCount)
        => Memmove((byte*)Runtime.CompilerServices.Unsafe.AsPointer(ref destination),
                   (byte*)Runtime.CompilerServices.Unsafe.AsPointer(ref source),
                   elementCount * (nuint)Runtime.CompilerServices.Unsafe.SizeOf<T>());

    internal static void BulkMoveWithWriteBarrier(ref byte destination, ref byte source, nuint byteCount)
        => Memmove((byte*)Runtime.CompilerServices.Unsafe.AsPointer(ref destination),
                   (byte*)Runtime.CompilerServices.Unsafe.AsPointer(ref source), byteCount);
}

internal static unsafe class SpanHelpers
{
    internal static void Memmove(ref byte destination, ref byte source, nuint length)
        => Buffer.Memmove((byte*)Runtime.CompilerServices.Unsafe.AsPointer(ref destination),
                          (byte*)Runtime.CompilerServices.Unsafe.AsPointer(ref source), length);

    internal static void Fill(ref byte destination, byte value, nuint length)
    {
        byte* p = (byte*)Runtime.CompilerServices.Unsafe.AsPointer(ref destination);
        for (nuint i = 0; i < length; i++) p[i] = value;
    }

    internal static void ClearWithoutReferences(ref byte b, nuint byteLength)
    {
        byte* p = (byte*)Runtime.CompilerServices.Unsafe.AsPointer(ref b);
        for (nuint i = 0; i < byteLength; i++) p[i] = 0;
    }

    internal static void ClearWithReferences(ref nint ip, nuint pointerSizeLength)
    {
        nint* p = (nint*)Runtime.CompilerServices.Unsafe.AsPointer(ref ip);
        for (nuint i = 0; i < pointerSizeLength; i++) p[i] = 0;
    }

    internal static void Fill<T>(ref T refData, nuint numElements, T value)
    {
        for (nuint i = 0; i < numElements; i++) Runtime.CompilerServices.Unsafe.Add(ref refData, (nint)i) = value;
    }
}
