// Every way compiled C# can fail must reach the image's one fault hook with the right
// kind: a throw, a failed cast, an index out of range, a null dereference (a page fault
// in page 0) and an integer division by zero (#DE). Each runs in its own kernel thread;
// halcheck's fault policy ends that thread, the way a personality would end a SIP or a
// driver, and the kernel carries on.
using System;
using Testbed.Runtime;

namespace Halcheck.Checks;

public static unsafe class FaultHookChecks
{
    private static FaultKind s_observed;

    private class Animal { public int Legs = 4; }
    private sealed class Fish : Animal { }
    private sealed class Bird : Animal { }

    private static int[] s_small = new int[3];
    private static Animal s_nothing;
    private static int s_zero;

    public static void Run()
    {
        Faults.Handler = &OnFault;
        Expect("runtime.fault.throw", 0, FaultKind.Throw);
        Expect("runtime.fault.invalid-cast", 1, FaultKind.InvalidCast);
        Expect("runtime.fault.index-out-of-range", 2, FaultKind.IndexOutOfRange);
        Expect("runtime.fault.null-reference", 3, FaultKind.NullReference);
        Expect("runtime.fault.divide-by-zero", 4, FaultKind.DivideByZero);
        Faults.Handler = null;
    }

    private static void Expect(string name, ulong action, FaultKind expected)
    {
        s_observed = 0;
        Thread thread = Thread.CreateKernel(&Misbehave, action, &Scheduler.ExitCurrent);
        Scheduler.Add(thread);
        Scheduler.Join(thread);
        Report.Check(name, s_observed == expected, Faults.Name(s_observed));
    }

    private static void OnFault(FaultKind kind)
    {
        s_observed = kind;
        Scheduler.ExitCurrent();
    }

    private static void Misbehave(ulong action)
    {
        switch (action)
        {
            case 0: throw new InvalidOperationException("deliberate");
            case 1: Use(((Fish)SomeAnimal()).Legs); break;
            case 2: Use(s_small[Index()]); break;
            case 3: Use(s_nothing.Legs); break;
            case 4: Use(100 / s_zero); break;
        }
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static int Index() => 5;

    // Opaque to the compiler, so the cast cannot be folded away at build time.
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static object SomeAnimal() => new Bird();

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void Use(int value) { }
}
