// The C# features the runtime promises (common/runtime/README.md), exercised in kernel
// code: allocation, statics of reference type set at run time, static constructors,
// virtual calls, generics over classes and structs, interface calls through a
// constrained generic, strings and spans.
using System;
using System.Runtime.CompilerServices;
using Testbed.Hal;

namespace Halcheck.Checks;

public static class RuntimeChecks
{
    private abstract class Device
    {
        public abstract ulong Id();
        public virtual ulong Weight() => 1;
    }

    private sealed class Disk : Device
    {
        private readonly ulong _id;
        public Disk(ulong id) { _id = id; }
        public override ulong Id() => _id;
        public override ulong Weight() => 10;
    }

    private sealed class Nic : Device
    {
        public override ulong Id() => 7;
    }

    private interface IMeasure { ulong Measure(); }

    private struct Ruler : IMeasure
    {
        public ulong Length;
        public ulong Measure() => Length * 2;
    }

    private sealed class Box<T> where T : class
    {
        public T Value;
    }

    // Not evaluable at build time (the call is opaque), so it runs through the cctor runner.
    private static class Lazy
    {
        public static readonly Device First = Make(3);
        public static readonly Device Second = Make(5);
        public static ulong ConstructorRuns;
        static Lazy() { ConstructorRuns++; }
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static Device Make(ulong id) => new Disk(id);

    private static Device s_assignedLater;

    private static ulong MeasureTwice<T>(T item) where T : struct, IMeasure => item.Measure() + item.Measure();

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static T Identity<T>(T value) => value;

    public static void Run()
    {
        var objects = new Device[64];
        for (int i = 0; i < objects.Length; i++) objects[i] = i % 2 == 0 ? new Disk((ulong)i) : new Nic();
        ulong sum = 0;
        for (int i = 0; i < objects.Length; i++) sum += objects[i].Id();
        Report.CheckValue("runtime.allocation", sum == 32 * 31 + 32 * 7, "sum", sum);

        Device d = new Disk(1);
        Device n = new Nic();
        Report.Check("runtime.virtual-calls", d.Weight() == 10 && n.Weight() == 1 && d.Id() == 1 && n.Id() == 7);

        Report.Check("runtime.static-constructor",
            Lazy.First.Id() == 3 && Lazy.Second.Id() == 5 && Lazy.ConstructorRuns == 1);

        s_assignedLater = Make(11);
        var other = Make(12);
        Report.Check("runtime.reference-statics", s_assignedLater.Id() == 11 && other.Id() == 12 && Lazy.First.Id() == 3);

        var box = new Box<Device> { Value = n };
        Report.Check("runtime.generics",
            Identity(41) + 1 == 42 && Identity<Device>(d) == d && box.Value.Id() == 7 && MeasureTwice(new Ruler { Length = 5 }) == 20);

        string text = "halcheck";
        Report.Check("runtime.strings", text.Length == 8 && text[0] == 'h' && text == "halcheck" && text != "halcheck!");

        Span<ulong> span = stackalloc ulong[4];
        span.Fill(9);
        span[3] = 1;
        ulong spanSum = 0;
        foreach (ulong value in span) spanSum += value;
        Report.Check("runtime.spans", spanSum == 28 && span.Slice(1, 2).Length == 2);

        object boxed = d;
        Report.Check("runtime.casts", boxed is Disk && !(boxed is Nic) && ((Device)boxed).Id() == 1);
    }
}
