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
    public const int DevIo = 5;         // SYS_DEVIO: one port access for a driver, inside its port ranges (DevIo flags)
    public const int IrqCtl = 6;        // SYS_IRQCTL: A1 = IrqCtlOp, A2 = line (only the caller's lines)
    public const int Count = 7;

    /// <summary>What SYS_GETINFO answers (A1).</summary>
    public const ulong GetInfoWhoAmI = 1;   // -> A1 = endpoint, A2 = priority
}

/// <summary>SYS_DIAGCTL sub-calls (A1): how ring 3 reports checks and benchmarks by number (ReportNames).</summary>
public static class DiagOp
{
    public const ulong Check = 1;       // A2 = check number, A3 = ok, A4 = detail value
    public const ulong Bench = 2;       // A2 = bench number, A3 = samples address, A4 = count
}

/// <summary>SYS_DEVIO's A3: the direction and width of the access (A1 = port, A2 = value to write; -> A1 = value read).</summary>
public static class DevIo
{
    public const ulong Write = 1;
    public const ulong Byte = 0 << 1, Word = 1 << 1, DoubleWord = 2 << 1;
}

/// <summary>SYS_IRQCTL's operations (MINIX 3: IRQ_SETPOLICY, IRQ_ENABLE, IRQ_DISABLE).</summary>
public static class IrqCtlOp
{
    public const ulong Attach = 1;      // the line's interrupts become notifications from HARDWARE to the caller
    public const ulong Enable = 2;      // unmask again after handling one (the kernel masks a line when it fires)
    public const ulong Disable = 3;
}
