// The root of the type system. Its layout is a contract with the AOT compiler: a
// reference points at the MethodTable pointer, with an 8-byte header in front of it.
namespace System;

public unsafe class Object
{
#pragma warning disable 169
    // Set by the allocator; read by casts and virtual dispatch.
    internal Internal.Runtime.MethodTable* m_pMethodTable;
#pragma warning restore 169

    public Object() { }

    public virtual bool Equals(object obj) => (object)this == obj;

    public virtual int GetHashCode() => (int)(long)Internal.Runtime.CompilerServices.ObjectAddress.Of(this);

    public virtual string ToString() => "object";

    // No finalizers without a garbage collector: the compiler still wants the slot.
    ~Object() { }
}
