// Arrays: [MethodTable*][int length][pad][elements]. Length and indexing are compiled
// inline by the AOT compiler; this type only needs to exist with its length field.
namespace System;

public abstract class Array
{
    // Field name is the compiler's contract.
    private int _numComponents;

    public int Length => _numComponents;
}

// The compiler uses Array<T> as the base of T[] for generic interface purposes.
public class Array<T> : Array { }
