// The services RS manages, by their system.conf names, and the boot endpoint of each (MINIX 3:
// the boot image table names its processes; RS finds a service's privileges and policy by
// name). A system.conf service with no process here is skipped.
namespace MinixStyle.Abi;

public static class ServiceNames
{
    /// <summary>The boot endpoint of the service named by the DS key <paramref name="name"/>, or Endpoint.None.</summary>
    public static int BootEndpoint(ulong name)
    {
        if (name == DsKey.Of("ds")) return Endpoint.Ds;
        if (name == DsKey.Of("pm")) return Endpoint.Pm;
        if (name == DsKey.Of("rs")) return Endpoint.Rs;
        if (name == DsKey.Of("ata")) return Endpoint.AtaDriver;
        if (name == DsKey.Of("fs")) return Endpoint.Fs;
        if (name == DsKey.Of("rtl8139")) return Endpoint.Rtl8139Driver;
        if (name == DsKey.Of("net")) return Endpoint.NetServer;
        return Endpoint.None;
    }

    /// <summary>
    /// RS applies system.conf's heartbeat and restart policy to the service: all but the network
    /// server, which gets its privileges from RS but whose clients cannot yet resubmit across its
    /// restart (the frame in flight is lost with it).
    /// </summary>
    public static bool IsGuarded(int bootEndpoint) => bootEndpoint != Endpoint.NetServer;

    /// <summary>
    /// Services whose endpoint is fixed, because everyone reaches them without asking DS
    /// (MINIX 3: include/minix/com.h): a restart keeps it (ExecFlags.KeepEndpoint).
    /// </summary>
    public static bool HasFixedEndpoint(int bootEndpoint) => bootEndpoint == Endpoint.Ds || bootEndpoint == Endpoint.Pm || bootEndpoint == Endpoint.Rs || bootEndpoint == Endpoint.Fs;

    /// <summary>The one client that may ask RS to arm a fault in the service (RsRequest.ArmFault, the recovery measurement): the driver's own client; Endpoint.None for the rest.</summary>
    public static int RecoveryClient(int bootEndpoint) =>
        bootEndpoint == Endpoint.AtaDriver ? Endpoint.BlockClient : bootEndpoint == Endpoint.Rtl8139Driver ? Endpoint.NetServer : Endpoint.None;

    /// <summary>The fault target (common/drivers Faults) whose records name the service.</summary>
    public static Testbed.Drivers.Faults.FaultTarget FaultTargetOf(int bootEndpoint) => bootEndpoint == Endpoint.AtaDriver ? Testbed.Drivers.Faults.FaultTarget.Ata
        : bootEndpoint == Endpoint.Rtl8139Driver ? Testbed.Drivers.Faults.FaultTarget.Rtl8139 : Testbed.Drivers.Faults.FaultTarget.Ds;
}

/// <summary>What RS serves (MINIX 3: RS_* requests; a server may complain that a driver misbehaves, DSN 2007 section 4.1).</summary>
public static class RsRequest
{
    public const int Complain = 1;      // A1 = endpoint of a service that answered wrongly: RS kills and restarts it -> A3 = status
    /// <summary>
    /// The recovery measurement (docs/recovery.md; l4-style's manager does the same to its
    /// driver): RS restarts the service A1 with the fault plan A2 (ServerFaultArgument's bits)
    /// armed, not counted as a failure -> A1 = its new endpoint, A3 = status. Only the test
    /// client that measures recovery may ask (RS checks the sender: ServiceNames.RecoveryClient).
    /// </summary>
    public const int ArmFault = 2;
    /// <summary>A1 = a service's boot endpoint -> A1, A2 = the counter and the halted ticks when RS last declared it hung (its heartbeat's expiry), A3 = status (NotReady: never).</summary>
    public const int HungAt = 3;
    public const int Reply = 0x300;
}

/// <summary>Where RS finds the privilege table (system.conf as Build/ServiceConfig wrote it): mapped read-only by the kernel at boot.</summary>
public static class RsLayout
{
    public const ulong ServiceTable = 0x0000_7000_0000_0000;     // in the user half (PML4 slots 1-255; slot 0 is the kernel's low identity map)
    /// <summary>RS's start argument: the table's offset in its first page (bits 32-43) and its size in bytes (bits 0-31).</summary>
    public static ulong Pack(ulong offset, ulong size) => offset << 32 | size;
    public static ulong Address(ulong argument) => ServiceTable + ((argument >> 32) & 0xFFF);
    public static ulong Size(ulong argument) => argument & 0xFFFF_FFFF;
}
