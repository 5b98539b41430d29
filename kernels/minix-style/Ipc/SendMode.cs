// How a send waits (MINIX 3: SEND, SENDNB, SENDREC).
namespace MinixStyle.Ipc;

public enum SendMode
{
    /// <summary>Block until the destination takes the message.</summary>
    Blocking,
    /// <summary>Fail with NotReady unless the destination waits for it now.</summary>
    NonBlocking,
    /// <summary>Then wait for the destination's reply, in the same trap.</summary>
    AndReceiveReply,
}
