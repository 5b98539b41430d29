// Exceptions exist as types so that `throw` compiles, but there is no unwinder: every
// throw ends in the image's fault hook (see Testbed/RuntimeFault.cs).
namespace System;

public class Exception
{
    public Exception() { }
    public Exception(string message) { Message = message; }
    public string Message { get; }
}

public class SystemException : Exception
{
    public SystemException() { }
    public SystemException(string message) : base(message) { }
}

public sealed class InvalidOperationException : SystemException
{
    public InvalidOperationException() { }
    public InvalidOperationException(string message) : base(message) { }
}

public sealed class ArgumentException : SystemException
{
    public ArgumentException() { }
    public ArgumentException(string message) : base(message) { }
}

public sealed class NotSupportedException : SystemException
{
    public NotSupportedException() { }
    public NotSupportedException(string message) : base(message) { }
}
