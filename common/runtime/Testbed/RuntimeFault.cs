// The single exit for every failed runtime check. There are no exceptions: the image
// (a kernel, a ring-3 process, a SIP) supplies `tb_runtime_fault`, which turns the fault
// into its personality's failure model (panic, kill the process, kill the SIP). It never
// returns.
using System.Runtime;
using System.Runtime.CompilerServices;

namespace Testbed.Runtime;

public static unsafe class RuntimeFault
{
    [MethodImpl(MethodImplOptions.InternalCall), RuntimeImport("*", "tb_runtime_fault")]
    private static extern void ImageFaultHook(int kind);

    [MethodImpl(MethodImplOptions.NoInlining)]
    public static void Raise(FaultKind kind)
    {
        ImageFaultHook((int)kind);
        // The hook must not return; if it does, stop here rather than run on bad state.
        while (true) { }
    }
}
