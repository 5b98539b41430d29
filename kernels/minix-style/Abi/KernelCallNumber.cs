// The system task's calls (MINIX 3: kernel/system/do_*.c, one handler file each here in
// KernelCalls/). A privilege's call mask has bit (1 << number).
namespace MinixStyle.Abi;

public static class KernelCallNumber
{
    public const int Exit = 0;          // SYS_EXIT: the caller ends; A1 = code
    public const int GetInfo = 1;       // SYS_GETINFO: A1 = GetInfoWhat -> A1.. = the answer
    public const int DiagCtl = 2;       // SYS_DIAGCTL: reports for the test harness (DiagOp)
    public const int Null = 3;          // does nothing: the floor of a kernel call
    public const int SetAlarm = 4;      // SYS_SETALARM: a notification from CLOCK after A1 ticks -> A1 = ticks the old alarm had left
    public const int Count = 5;

    /// <summary>What SYS_GETINFO answers (A1).</summary>
    public const ulong GetInfoWhoAmI = 1;   // -> A1 = endpoint, A2 = priority
}

/// <summary>SYS_DIAGCTL sub-calls (A1): how ring 3 reports checks and benchmarks by number (ReportNames).</summary>
public static class DiagOp
{
    public const ulong Check = 1;       // A2 = check number, A3 = ok, A4 = detail value
    public const ulong Bench = 2;       // A2 = bench number, A3 = samples address, A4 = count
}
