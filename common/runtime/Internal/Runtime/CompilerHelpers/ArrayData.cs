namespace Internal.Runtime.CompilerHelpers;

// Raw views of object memory used by the runtime itself.
internal static unsafe class ArrayData
{
    // Elements start 16 bytes after the reference: MethodTable*, int length, padding.
    public static ref byte First(System.Array array)
        => ref *((byte*)Internal.Runtime.CompilerServices.ObjectAddress.Of(array) + 16);

    public static MethodTable* MethodTableOf(object o)
        => *(MethodTable**)Internal.Runtime.CompilerServices.ObjectAddress.Of(o);
}
