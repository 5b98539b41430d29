// One end of a channel, as the generated contract code drives it (Build/Contracts).
// The generated per-state types make an out-of-protocol send a compile error; what the
// compiler cannot see (a state value used after it was consumed) is caught here at run
// time by a generation count, and the kernel checks every send against the contract's
// transition table as well. A violation ends the SIP.
using System.Runtime.CompilerServices;
using Singularity.Abi;

namespace Singularity.Processes.SipLibrary;

public sealed unsafe class ContractEndpoint
{
    private readonly long _handle;
    private int _state;
    private int _generation;
    private Message _last;      // the kernel writes the received message straight here

    internal ContractEndpoint(long handle) { _handle = handle; }

    public int State => _state;
    public int Generation => _generation;

    /// <summary>The importing end of a new channel to the service at <paramref name="path"/> (null if refused or absent).</summary>
    public static ContractEndpoint Connect(string path)
    {
        long handle = Abi.Connect(path);
        return handle >= 0 ? new ContractEndpoint(handle) : null;
    }

    /// <summary>Checks that a state value is the current one: it was not consumed yet.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Enter(int generation, int state)
    {
        if (generation != _generation || state != _state) Abi.Fault(SipFaultKind.ContractViolation);
    }

    /// <summary>Sends and moves to <paramref name="next"/>; returns the new generation. False peer: the message is dropped.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int Send(int tag, long a0, long a1, long a2, ExBlock block, int next)
    {
        Abi.Send((ulong)_handle, (ulong)tag, a0, a1, a2, block.Handle);
        _state = next;
        return ++_generation;
    }

    /// <summary>
    /// Sends, moves to <paramref name="next"/> and waits for the answer, in one kernel call
    /// (the channel fast path when the peer already waits): the answer's tag, or -1 if the
    /// peer closed the channel. Its contents: A0, A1, Block.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int SendReceive(int tag, long a0, long a1, ExBlock block, int next)
    {
        _state = next;
        ++_generation;
        fixed (Message* last = &_last) return (int)Abi.SendReceive((ulong)_handle, (ulong)tag, a0, a1, block.Handle, last);
    }

    /// <summary>Waits for the next message; its tag, or -1 if the peer closed the channel. Its contents: A0, A1, A2, Block.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int Receive()
    {
        fixed (Message* last = &_last) return (int)Abi.Receive((ulong)_handle, last);
    }

    public long A0 => _last.A0;
    public long A1 => _last.A1;
    public long A2 => _last.A2;
    public ExBlock Block => new ExBlock(_last.Block);

    /// <summary>Moves to <paramref name="next"/> after a received message; returns the new generation.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int Advance(int next)
    {
        _state = next;
        return ++_generation;
    }

    public void Close() => Abi.Close((ulong)_handle);
}

/// <summary>A service's registration in the name space; connections arrive here.</summary>
public sealed class ServiceListener
{
    private readonly long _handle;

    private ServiceListener(long handle) { _handle = handle; }

    /// <summary>Registers <paramref name="path"/> (it must be an export of this SIP's manifest); null if refused.</summary>
    public static ServiceListener Register(string path, long[] transitions)
    {
        long handle = Abi.Register(path, transitions);
        return handle >= 0 ? new ServiceListener(handle) : null;
    }

    /// <summary>Waits for the next client; the exporting end of its channel.</summary>
    public ContractEndpoint Accept()
    {
        long handle = Abi.Accept((ulong)_handle);
        return handle >= 0 ? new ContractEndpoint(handle) : null;
    }
}
