// The root task's reports through the kernel (KdbOp): checks, benchmark summaries, events.
using L4Style.Abi;

namespace L4Style.Processes.UserLib;

public static unsafe class Kdb
{
    public static bool Check(string name, bool ok)
    {
        fixed (char* n = name) Kernel.Invoke(Op.Kdb, KdbOp.Check, (ulong)n, (ulong)name.Length, ok ? 1UL : 0);
        return ok;
    }

    public static bool Check(string name, bool ok, string detailName, ulong detail)
    {
        fixed (char* n = name)
        fixed (char* d = detailName)
        {
            Message m = default;
            m.Mr0 = KdbOp.Check; m.Mr1 = (ulong)n; m.Mr2 = (ulong)name.Length; m.Mr3 = ok ? 1UL : 0;
            m.Mr4 = detail; m.Mr5 = (ulong)d | (ulong)detailName.Length << 48;
            Kernel.Invoke(Op.Kdb, ref m);
        }
        return ok;
    }

    public static void Bench(string name, ulong[] samples, int count, string what)
    {
        fixed (char* n = name)
        fixed (char* w = what)
        fixed (ulong* s = samples)
        {
            Message m = default;
            m.Mr0 = KdbOp.Bench; m.Mr1 = (ulong)n; m.Mr2 = (ulong)name.Length; m.Mr3 = (ulong)s;
            m.Mr4 = (ulong)count; m.Mr5 = (ulong)w | (ulong)what.Length << 48;
            Kernel.Invoke(Op.Kdb, ref m);
        }
    }

    public static void Event(string kind, string name, ulong value)
    {
        fixed (char* k = kind)
        fixed (char* n = name)
        {
            Message m = default;
            m.Mr0 = KdbOp.Event; m.Mr1 = (ulong)k; m.Mr2 = (ulong)kind.Length; m.Mr3 = (ulong)n;
            m.Mr4 = (ulong)name.Length; m.Mr5 = value;
            Kernel.Invoke(Op.Kdb, ref m);
        }
    }

    public static ulong Query(ulong kdbOp)
    {
        Message m = default;
        m.Mr0 = kdbOp;
        Kernel.Invoke(Op.Kdb, ref m);
        return m.Mr0;
    }

    /// <summary>
    /// A fault-plan record (common/drivers/Faults/FaultRecord.cs): target, kind and state as the
    /// shared enums number them. The manager says when it armed a driver, the driver when it commits.
    /// </summary>
    public static void FaultPlan(ulong target, ulong kind, ulong request, ulong state)
        => Kernel.Invoke(Op.Kdb, KdbOp.FaultPlan, target | kind << 8 | state << 16, request);

    /// <summary>The manager gave up on a driver after <paramref name="restarts"/> restarts in the window.</summary>
    public static void GaveUp(string driver, ulong restarts)
    {
        fixed (char* n = driver)
        {
            Message m = default;
            m.Mr0 = KdbOp.GaveUp; m.Mr1 = (ulong)n; m.Mr2 = (ulong)driver.Length; m.Mr3 = restarts;
            Kernel.Invoke(Op.Kdb, ref m);
        }
    }

    public static void Done() => Kernel.Invoke(Op.Kdb, KdbOp.Done);
}
