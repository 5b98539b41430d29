using System.Runtime.CompilerServices;

namespace Internal.Runtime.CompilerServices;

internal static unsafe class ObjectAddress
{
    public static void* Of(object o) => *(void**)Unsafe.AsPointer(ref o);
}
