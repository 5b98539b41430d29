namespace Testbed.Hal;

/// <summary>Interrupt vectors: CPU exceptions 0-31 (Intel SDM vol. 3, table 6-1), then the remapped PIC lines.</summary>
public static class Vectors
{
    public const int DivideError = 0, Debug = 1, Nmi = 2, Breakpoint = 3, Overflow = 4, BoundRange = 5;
    public const int InvalidOpcode = 6, DeviceNotAvailable = 7, DoubleFault = 8, InvalidTss = 10;
    public const int SegmentNotPresent = 11, StackFault = 12, GeneralProtection = 13, PageFault = 14;
    public const int FpuError = 16, AlignmentCheck = 17, MachineCheck = 18, SimdError = 19;

    public const int IrqBase = 32;
    public const int Timer = IrqBase + 0;
    public const int Com1 = IrqBase + 4;
    public const int PrimaryAta = IrqBase + 14;
    public const int SecondaryAta = IrqBase + 15;

    public static string ExceptionName(ulong vector) => vector switch
    {
        0 => "divide-error",
        1 => "debug",
        2 => "nmi",
        3 => "breakpoint",
        4 => "overflow",
        5 => "bound-range",
        6 => "invalid-opcode",
        7 => "device-not-available",
        8 => "double-fault",
        10 => "invalid-tss",
        11 => "segment-not-present",
        12 => "stack-fault",
        13 => "general-protection",
        14 => "page-fault",
        16 => "x87-error",
        17 => "alignment-check",
        18 => "machine-check",
        19 => "simd-error",
        _ => "exception",
    };
}
