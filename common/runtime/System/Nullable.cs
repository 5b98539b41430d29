namespace System;

public struct Nullable<T> where T : struct
{
    private readonly bool _hasValue;
    private T _value;

    public Nullable(T value)
    {
        _hasValue = true;
        _value = value;
    }

    public readonly bool HasValue => _hasValue;

    public readonly T Value
    {
        get
        {
            if (!_hasValue) Testbed.Runtime.RuntimeFault.Raise(Testbed.Runtime.FaultKind.InvalidOperation);
            return _value;
        }
    }

    public readonly T GetValueOrDefault() => _value;

    public static implicit operator T?(T value) => new T?(value);
    public static explicit operator T(T? value) => value.Value;
}
