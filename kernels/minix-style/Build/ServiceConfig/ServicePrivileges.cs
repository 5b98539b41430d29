namespace Minix.SystemConf;

/// <summary>A name written in the file, with the line it is on (for error messages).</summary>
public readonly record struct Named(string Name, int Line);

/// <summary>
/// One <c>service NAME { ... };</c> block as written: the privileges MINIX 3 keeps per system
/// process (EDCC 2006, section 4: kernel calls, IPC targets and primitives, I/O ports, IRQs).
/// Names are kept as written; <see cref="ServiceConfigChecker"/> decides whether they are known.
/// </summary>
public sealed class ServicePrivileges(string name, int line)
{
    public string Name { get; } = name;
    /// <summary>The line of the <c>service</c> keyword.</summary>
    public int Line { get; } = line;
    public List<Named> Calls { get; } = [];
    public List<Named> Primitives { get; } = [];
    /// <summary>Send-mask targets by service name, or the single name <c>ALL</c>.</summary>
    public List<Named> Ipc { get; } = [];
    public List<PortRange> Io { get; } = [];
    public int IoLine { get; set; }
    public byte? Irq { get; set; }
    public int IrqLine { get; set; }
    public Named? Device { get; set; }
    public (ushort Vendor, ushort Device)? Pci { get; set; }
    public RestartPolicy Restart { get; set; }
    /// <summary>Heartbeat period in timer ticks; 0 when the service is not polled.</summary>
    public uint Heartbeat { get; set; }
}
