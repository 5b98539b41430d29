namespace System.Runtime.InteropServices;

// Required by the compiler's cast machinery; no type in our images implements it.
public interface IDynamicInterfaceCastable
{
    private static IntPtr GetDynamicInterfaceImplementation(object instance, RuntimeTypeHandle interfaceType)
    {
        Testbed.Runtime.RuntimeFault.Raise(Testbed.Runtime.FaultKind.InvalidCast);
        return IntPtr.Zero;
    }
}
