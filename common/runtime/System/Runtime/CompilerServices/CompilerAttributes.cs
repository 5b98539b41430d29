// Attributes and enums the C# compiler or the AOT compiler look up by name.
namespace System.Runtime.CompilerServices;

[AttributeUsage(AttributeTargets.Class | AttributeTargets.Struct | AttributeTargets.Method | AttributeTargets.Field)]
internal sealed class IntrinsicAttribute : Attribute { }

public enum MethodImplOptions
{
    Unmanaged = 0x0004, NoInlining = 0x0008, ForwardRef = 0x0010, Synchronized = 0x0020,
    NoOptimization = 0x0040, PreserveSig = 0x0080, AggressiveInlining = 0x0100,
    AggressiveOptimization = 0x0200, InternalCall = 0x1000,
}

[AttributeUsage(AttributeTargets.Constructor | AttributeTargets.Method)]
public sealed class MethodImplAttribute : Attribute
{
    public MethodImplAttribute(MethodImplOptions options) { }
}

public sealed class IsVolatile { }

public sealed class IsConst { }

public sealed class IsExternalInit { }

[AttributeUsage(AttributeTargets.Struct)]
public sealed class IsByRefLikeAttribute : Attribute { }

[AttributeUsage(AttributeTargets.All)]
public sealed class IsReadOnlyAttribute : Attribute { }

public sealed class ExtensionAttribute : Attribute { }

[AttributeUsage(AttributeTargets.Field)]
public sealed class FixedBufferAttribute : Attribute
{
    public FixedBufferAttribute(Type elementType, int length) { }
}

public sealed class CompilerGeneratedAttribute : Attribute { }

[AttributeUsage(AttributeTargets.Parameter)]
public sealed class CallerMemberNameAttribute : Attribute { }

public sealed class RequiredMemberAttribute : Attribute { }

public sealed class CompilerFeatureRequiredAttribute : Attribute
{
    public CompilerFeatureRequiredAttribute(string featureName) { }
}

[AttributeUsage(AttributeTargets.Parameter)]
public sealed class ScopedRefAttribute : Attribute { }

[AttributeUsage(AttributeTargets.Module)]
public sealed class RefSafetyRulesAttribute : Attribute
{
    public RefSafetyRulesAttribute(int version) { }
}

[AttributeUsage(AttributeTargets.Struct)]
public sealed class InlineArrayAttribute : Attribute
{
    public InlineArrayAttribute(int length) { }
}

// Tells the C# compiler which runtime features this core library supports.
public static class RuntimeFeature
{
    public const string ByRefFields = nameof(ByRefFields);
    public const string ByRefLikeGenerics = nameof(ByRefLikeGenerics);
    public const string NumericIntPtr = nameof(NumericIntPtr);
    public const string UnmanagedSignatureCallingConvention = nameof(UnmanagedSignatureCallingConvention);
    public const string DefaultImplementationsOfInterfaces = nameof(DefaultImplementationsOfInterfaces);
    public const string VirtualStaticsInInterfaces = nameof(VirtualStaticsInInterfaces);
}

// Calling-convention marker types for unmanaged function pointers.
public class CallConvCdecl { }
public class CallConvStdcall { }
public class CallConvSuppressGCTransition { }
