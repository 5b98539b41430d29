// What a fault=<target>:<kind>@<n> word may aim at; FaultCatalog names each target and
// says which kinds it supports. 16-bit like InjectedFault (FaultPlan stays 16 bytes).
namespace Testbed.Drivers.Faults;

/// <summary>What a fault is aimed at: a driver (ata, rtl8139) or a driver-like SIP (echo).</summary>
public enum FaultTarget : ushort
{
    None = 0,
    Ata = 1,
    Rtl8139 = 2,
    Echo = 3,
}
