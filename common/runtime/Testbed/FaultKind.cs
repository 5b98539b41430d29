namespace Testbed.Runtime;

/// <summary>Why compiled code gave up. Every failed runtime check maps to one of these.</summary>
public enum FaultKind
{
    Throw = 1,
    NullReference = 2,
    IndexOutOfRange = 3,
    InvalidCast = 4,
    DivideByZero = 5,
    Overflow = 6,
    OutOfMemory = 7,
    Argument = 8,
    InvalidOperation = 9,
    Unsupported = 10,
    FailFast = 11,
}
