// The cross-domain call (xpc.S) as C#: one frame per call in progress (calls do not nest:
// a driver calls kernel services, never another driver).
using System.Runtime.InteropServices;

namespace NooksStyle.Isolation;

[StructLayout(LayoutKind.Sequential)]
public struct XpcFrame
{
    public ulong KernelRsp, KernelCr3, DomainCr3, DomainStackTop;
}

public static unsafe class Xpc
{
    [MethodImpl(MethodImplOptions.InternalCall), RuntimeImport("*", "nooks_xpc_call")]
    private static extern ulong CallRaw(XpcFrame* frame, void* function, ulong a0, ulong a1);
    [MethodImpl(MethodImplOptions.InternalCall), RuntimeImport("*", "nooks_xpc_abandon")]
    private static extern void AbandonRaw(XpcFrame* frame);

    /// <summary>The XpcFrame offsets xpc.S uses (nooks_xpc_layout), in this order.</summary>
    private struct Layout
    {
        public ulong KernelRsp, KernelCr3, DomainCr3, DomainStackTop;
    }

    [MethodImpl(MethodImplOptions.InternalCall), RuntimeImport("*", "nooks_xpc_layout")]
    private static extern Layout* LayoutAddress();

    private static XpcFrame s_frame;

    /// <summary>True while a call into a driver's domain is in progress.</summary>
    public static bool Active => IsolationManager.Enabled && IsolationManager.Current != null;

    public static XpcFrame* Frame => (XpcFrame*)Unsafe.AsPointer(ref s_frame);

    /// <summary>Calls function(a0, a1) in the domain; false if the isolation manager abandoned it.</summary>
    public static bool Call(ulong domainRoot, ulong stackTop, void* function, ulong a0, ulong a1)
    {
        s_frame.DomainCr3 = domainRoot;
        s_frame.DomainStackTop = stackTop;
        return CallRaw((XpcFrame*)Unsafe.AsPointer(ref s_frame), function, a0, a1) == 0;
    }

    /// <summary>At boot: halts naming the XpcFrame field whose offset xpc.S does not share.</summary>
    public static void CheckLayout()
    {
        Layout* a = LayoutAddress();
        XpcFrame f = default;
        ulong b = (ulong)&f;
        LayoutCheck.Field(Source, "XpcFrame.KernelRsp", a->KernelRsp, (ulong)&f.KernelRsp - b);
        LayoutCheck.Field(Source, "XpcFrame.KernelCr3", a->KernelCr3, (ulong)&f.KernelCr3 - b);
        LayoutCheck.Field(Source, "XpcFrame.DomainCr3", a->DomainCr3, (ulong)&f.DomainCr3 - b);
        LayoutCheck.Field(Source, "XpcFrame.DomainStackTop", a->DomainStackTop, (ulong)&f.DomainStackTop - b);
    }

    private const string Source = "nooks-style Isolation/xpc.S";

    /// <summary>Unwinds the call in progress back to Call, which returns false. Never returns.</summary>
    public static void Abandon()
    {
        AbandonRaw(Frame);
    }
}
