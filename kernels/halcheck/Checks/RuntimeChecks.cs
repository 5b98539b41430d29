// The C# features the runtime promises (common/runtime/README.md), exercised in kernel
// code: allocation, statics of reference type set at run time, static constructors,
// virtual calls, generics over classes and structs, interface calls through a
// constrained generic, strings and spans. ilc -O proves what it can at build time, so the
// objects, types and seeds these checks depend on come through SelfTestInputs (assembly
// the compiler cannot see through); `selftest-break=<check>` gives a check a wrong input
// at run time, and the boot tests show that each then reports failure.
using System;

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

    // Two more implementations: with three or fewer concrete types in the whole program,
    // ilc compiles a virtual call into a chain of type tests (guarded devirtualisation
    // over the exact classes); with four, runtime.virtual-calls goes through the vtable.
    private sealed class Tape : Device
    {
        public override ulong Id() => 9;
        public override ulong Weight() => 100;
    }

    private sealed class Card : Device
    {
        public override ulong Id() => 5;
        public override ulong Weight() => 1000;
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

    // Runs through the cctor runner at first use: it writes another class's static and
    // reads a seed set at run time, so ilc cannot pre-initialise it at build time (it did,
    // when the seeds were constants, even through the NoInlining Make).
    private static class Lazy
    {
        public static readonly Device First;
        public static readonly Device Second;
        public static readonly ulong SeedSeen;
        static Lazy()
        {
            s_lazyConstructorRuns++;
            SeedSeen = s_lazySeed;
            First = Make(s_lazySeed);
            Second = Make(s_lazySeed + 2);
        }
    }

    private static ulong s_lazySeed;
    private static ulong s_lazyConstructorRuns;

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

        // The objects' types are unknown to the compiler; broken, the first two are swapped.
        bool swapped = SelfTestInputs.Broken("runtime.virtual-calls");
        Device d = SelfTestInputs.Object<Device>(swapped ? new Nic() : new Disk(1));
        Device n = SelfTestInputs.Object<Device>(swapped ? new Disk(1) : new Nic());
        Device t = SelfTestInputs.Object<Device>(new Tape());
        Device c = SelfTestInputs.Object<Device>(new Card());
        ulong weights = d.Weight() * 1_000_000 + n.Weight() * 10_000 + t.Weight() * 10 + c.Weight() / 100;
        ulong ids = d.Id() * 1000 + n.Id() * 100 + t.Id() * 10 + c.Id();
        Report.CheckValue("runtime.virtual-calls", weights == 10_011_010 && ids == 1795, "weights", weights);

        StaticConstructor();

        d = new Disk(1);
        n = new Nic();
        s_assignedLater = Make(11);
        var other = Make(12);
        Report.Check("runtime.reference-statics", s_assignedLater.Id() == 11 && other.Id() == 12 && Lazy.First.Id() == Lazy.SeedSeen);

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

        // A real type test: the object's type is unknown to the compiler; broken, it is a Nic.
        object boxed = SelfTestInputs.Object<object>(SelfTestInputs.Broken("runtime.casts") ? n : d);
        Report.Check("runtime.casts", boxed is Disk && !(boxed is Nic) && boxed is Device device && device.Id() == 1);
    }

    // The constructor runs once, at first use, and sees the seed set just before. Broken,
    // the class is touched before the seed is set: its constructor runs early, with seed 0.
    private static void StaticConstructor()
    {
        if (SelfTestInputs.Broken("runtime.static-constructor")) Touch(Lazy.SeedSeen);
        s_lazySeed = SelfTestInputs.Word(3);
        ulong runsBefore = s_lazyConstructorRuns;
        ulong first = Lazy.First.Id(), second = Lazy.Second.Id(), again = Lazy.First.Id();
        bool ok = runsBefore == 0 && s_lazyConstructorRuns == 1 && Lazy.SeedSeen == 3 && first == 3 && second == 5 && again == 3;
        Report.CheckValue("runtime.static-constructor", ok, "runs-before-first-use", runsBefore);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void Touch(ulong value) { }
}
