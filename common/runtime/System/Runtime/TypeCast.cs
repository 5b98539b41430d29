using System.Runtime.CompilerServices;
// Casts and `is` tests compiled to helper calls. Class casts walk the base-type chain;
// interface casts search the interface map. A failed cast is a runtime fault.
using Internal.Runtime;
using Internal.Runtime.CompilerHelpers;
using Testbed.Runtime;

namespace System.Runtime;

internal static unsafe class TypeCast
{
    private static bool IsSubclassOf(MethodTable* type, MethodTable* target)
    {
        if (type == target) return true;
        if (type->IsParameterized) return false;
        for (MethodTable* t = type->RelatedType; t != null; t = t->RelatedType)
            if (t == target) return true;
        return false;
    }

    private static bool Implements(MethodTable* type, MethodTable* target)
    {
        MethodTable** map = type->InterfaceMap;
        for (int i = 0; i < type->NumInterfaces; i++)
            if (map[i] == target) return true;
        return false;
    }

    private static object IsInstanceOfClass(MethodTable* target, object obj)
        => obj == null || IsSubclassOf(ArrayData.MethodTableOf(obj), target) ? obj : null;

    private static object IsInstanceOfInterface(MethodTable* target, object obj)
        => obj == null || Implements(ArrayData.MethodTableOf(obj), target) ? obj : null;

    private static object IsInstanceOfAny(MethodTable* target, object obj)
    {
        if (obj == null) return null;
        MethodTable* type = ArrayData.MethodTableOf(obj);
        return IsSubclassOf(type, target) || Implements(type, target) ? obj : null;
    }

    private static object IsInstanceOfException(MethodTable* target, object obj) => IsInstanceOfClass(target, obj);

    private static object CheckCastClass(MethodTable* target, object obj)
    {
        if (obj == null || IsSubclassOf(ArrayData.MethodTableOf(obj), target)) return obj;
        RuntimeFault.Raise(FaultKind.InvalidCast);
        return null;
    }

    private static object CheckCastClassSpecial(MethodTable* target, object obj) => CheckCastClass(target, obj);

    private static object CheckCastInterface(MethodTable* target, object obj)
    {
        if (obj == null || Implements(ArrayData.MethodTableOf(obj), target)) return obj;
        RuntimeFault.Raise(FaultKind.InvalidCast);
        return null;
    }

    private static object CheckCastAny(MethodTable* target, object obj)
    {
        if (IsInstanceOfAny(target, obj) != null || obj == null) return obj;
        RuntimeFault.Raise(FaultKind.InvalidCast);
        return null;
    }

    // Storing into an array of references: element type must accept the value.
    private static void StelemRef(object[] array, nint index, object obj)
    {
        if ((nuint)index >= (nuint)array.Length) RuntimeFault.Raise(FaultKind.IndexOutOfRange);
        ref object slot = ref Unsafe.As<byte, object>(ref ArrayData.First(array));
        Unsafe.Add(ref slot, index) = obj;
    }

    private static ref object LdelemaRef(object[] array, nint index, MethodTable* elementType)
    {
        if ((nuint)index >= (nuint)array.Length) RuntimeFault.Raise(FaultKind.IndexOutOfRange);
        ref object slot = ref Unsafe.As<byte, object>(ref ArrayData.First(array));
        return ref Unsafe.Add(ref slot, index);
    }
}
