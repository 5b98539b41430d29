// What a fault=<target>:<kind>@<n> word may aim at; FaultCatalog names each target and
// says which kinds it supports. 8-bit, beside FaultPlan.Persistent (FaultPlan stays 16 bytes).
namespace Testbed.Drivers.Faults;

/// <summary>What a fault is aimed at: a driver (ata, rtl8139), a driver-like SIP (echo) or a server process (minix-style's ds and fs).</summary>
public enum FaultTarget : byte
{
    None = 0,
    Ata = 1,
    Rtl8139 = 2,
    Echo = 3,
    Ds = 4,
    Fs = 5,
}
