// The fault-plan record of the result protocol (common/protocol/PROTOCOL.md), formatted
// without allocation into a caller's buffer, so that a driver in ring 3 or in a SIP, or a
// kernel, can write it through whatever line its environment offers:
//   @tb {"kind":"fault-plan","target":"ata","fault":"wild-write","at":5,"state":"committed"}
// The names equal common/protocol/ProtocolNames.cs (FaultPlan*); a unit test holds them together.
namespace Testbed.Drivers.Faults;

public enum FaultPlanState : uint
{
    /// <summary>The kernel handed the plan to the target's instance.</summary>
    Armed = 1,
    /// <summary>The target reached the planned request and is about to execute the faulty code.</summary>
    Committed = 2,
}

public static unsafe class FaultRecord
{
    /// <summary>Enough for the longest record (target, kind and state names, a 10-digit number).</summary>
    public const int Capacity = 160;

    public static string StateName(FaultPlanState state) => state == FaultPlanState.Armed ? "armed" : "committed";

    /// <summary>Writes the record (no newline) into <paramref name="buffer"/> (at least <see cref="Capacity"/> bytes); returns its length.</summary>
    public static int Format(byte* buffer, in FaultPlan plan, FaultPlanState state)
    {
        int n = 0;
        Append(buffer, ref n, "@tb {\"kind\":\"fault-plan\",\"target\":\"");
        Append(buffer, ref n, FaultCatalog.TargetName(plan.Target));
        Append(buffer, ref n, "\",\"fault\":\"");
        Append(buffer, ref n, FaultCatalog.KindName(plan.Kind));
        Append(buffer, ref n, "\",\"at\":");
        AppendDecimal(buffer, ref n, plan.AtRequest);
        Append(buffer, ref n, ",\"state\":\"");
        Append(buffer, ref n, StateName(state));
        Append(buffer, ref n, "\"}");
        return n;
    }

    private static void Append(byte* buffer, ref int n, string text)
    {
        for (int i = 0; i < text.Length; i++) buffer[n++] = (byte)text[i];
    }

    private static void AppendDecimal(byte* buffer, ref int n, uint value)
    {
        byte* digits = stackalloc byte[10];
        int count = 0;
        do
        {
            digits[count++] = (byte)('0' + value % 10);
            value /= 10;
        } while (value != 0);
        while (count > 0) buffer[n++] = digits[--count];
    }
}
