// What a network client asks the network server, and what the server asks the Ethernet
// driver, in the same layout (MINIX 3: the DL_WRITEV_S/DL_READV_S requests of its network
// driver protocol, with the frame named by a grant): A1 = device (NIC 0 or 1), A2 = the
// frame's length (send) or the room for it (receive, at most PacketRequest.MaxFrame), A3 =
// the id of a grant in the sender's table to the receiver over the frame (writable for a
// receive), A4 = the receive's timeout in ticks. The reply: A1 = IoStatus, A2 = the length
// moved, A3 = the kernel's status of the SYS_SAFECOPY the receiver made (Ok, or why the
// grant was refused).
namespace MinixStyle.Abi;

public static class PacketDriverRequest
{
    public const int Send = 0x400, Receive = 0x401, Reply = 0x480;
    /// <summary>The network server's count of requests it resent to a restarted driver (-> A1); asked by its client at the end.</summary>
    public const int Resent = 0x402;
    /// <summary>The recovery measurement (its client only): the server asks RS to restart the driver with null-deref@1 armed (RsRequest.ArmFault) and follows it -> A3 = status.</summary>
    public const int ArmRecovery = 0x403;
}
