// The packet request and reply for network drivers: send one Ethernet frame on a device,
// or receive the next one (waiting up to a timeout). Fixed layout, as BlockRequest.
using System.Runtime.InteropServices;

namespace Testbed.Drivers.Requests;

public static class PacketOperation
{
    public const uint Send = 1;
    public const uint Receive = 2;
}

[StructLayout(LayoutKind.Sequential)]
public unsafe struct PacketRequest
{
    public const uint MinFrame = 60;      // Ethernet minimum without the CRC
    public const uint MaxFrame = 1514;    // Ethernet maximum without the CRC

    public uint Operation;
    public uint Device;
    /// <summary>Send: the frame's length. Receive: the room in Data.</summary>
    public uint Length;
    public uint TimeoutTicks;
    public byte* Data;

    public readonly bool IsWellFormed(uint deviceCount)
        => Device < deviceCount && Data != null
           && (Operation == PacketOperation.Send ? Length >= MinFrame && Length <= MaxFrame
               : Operation == PacketOperation.Receive && Length >= MinFrame && Length <= MaxFrame);
}

[StructLayout(LayoutKind.Sequential)]
public struct PacketReply
{
    public int Status;
    public uint Length;
}
