// The compiler-generated type descriptor that every object points to. Only the fields
// the runtime reads are declared; the layout is the NativeAOT MethodTable's head.
using System.Runtime.InteropServices;

namespace Internal.Runtime;

[StructLayout(LayoutKind.Sequential)]
public unsafe struct MethodTable
{
    // Low 16 bits: component size (arrays, strings) when HasComponentSize is set.
    internal uint Flags;
    // Bytes of a fresh object, including the 8-byte header in front of the reference.
    internal uint BaseSize;
    // Base type for classes; element type for arrays.
    internal MethodTable* RelatedType;
    internal ushort NumVtableSlots;
    internal ushort NumInterfaces;
    internal uint HashCode;

    private const uint HasComponentSizeFlag = 0x80000000;
    private const uint KindMask = 0x00030000;
    private const uint ParameterizedKind = 0x00020000;

    internal bool HasComponentSize => (Flags & HasComponentSizeFlag) != 0;

    internal ushort ComponentSize => HasComponentSize ? (ushort)Flags : (ushort)0;

    internal bool IsParameterized => (Flags & KindMask) == ParameterizedKind;

    // The interface map follows the vtable.
    internal MethodTable** InterfaceMap
    {
        get
        {
            fixed (MethodTable* self = &this)
                return (MethodTable**)((byte*)self + sizeof(MethodTable) + NumVtableSlots * sizeof(nint));
        }
    }
}
