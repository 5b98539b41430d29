// Static constructors. For a class whose static constructor the AOT compiler could not
// evaluate at build time, every access to its statics calls one of these first.
// There is one CPU while statics are first touched (boot), so no locking.
namespace System.Runtime.CompilerServices;

[System.Runtime.InteropServices.StructLayout(System.Runtime.InteropServices.LayoutKind.Sequential)]
public struct StaticClassConstructionContext
{
    // Address of the static constructor; the runner sets it to 0 once the constructor ran.
    public volatile IntPtr cctorMethodAddress;
}

internal static unsafe class ClassConstructorRunner
{
    private static object CheckStaticClassConstructionReturnGCStaticBase(ref StaticClassConstructionContext context, object gcStaticBase)
    {
        EnsureClassConstructorRun(ref context);
        return gcStaticBase;
    }

    private static IntPtr CheckStaticClassConstructionReturnNonGCStaticBase(ref StaticClassConstructionContext context, IntPtr nonGcStaticBase)
    {
        EnsureClassConstructorRun(ref context);
        return nonGcStaticBase;
    }

    private static void EnsureClassConstructorRun(ref StaticClassConstructionContext context)
    {
        IntPtr cctor = context.cctorMethodAddress;
        if (cctor == IntPtr.Zero) return;
        // Clear first: a constructor that touches its own statics must not recurse.
        context.cctorMethodAddress = IntPtr.Zero;
        ((delegate*<void>)(void*)cctor)();
    }
}
