// The workloads' client in nooks-style: each operation is one system call.
using NooksStyle.Abi;
using Testbed.Process;
using Testbed.Workloads;

namespace NooksStyle.Processes.NooksApps;

public unsafe struct SyscallClient : IWorkloadClient, IHaltedClock
{
    public ulong HaltedTicks() => Syscall.Invoke(NooksCalls.IdleTime);

    public int BlockRead(ulong lba, uint sectors, byte* data) => (int)(long)Syscall.Invoke(NooksCalls.BlockRead, lba, sectors, (ulong)data);

    public int BlockWrite(ulong lba, uint sectors, byte* data) => (int)(long)Syscall.Invoke(NooksCalls.BlockWrite, lba, sectors, (ulong)data);

    public int PacketSend(uint device, byte* frame, uint length) => (int)(long)Syscall.Invoke(NooksCalls.PacketSend, device, (ulong)frame, length);

    public int PacketReceive(uint device, byte* frame, uint room, uint timeoutTicks, out uint length)
    {
        long result = (long)Syscall.Invoke(NooksCalls.PacketReceive, device, (ulong)frame, room, timeoutTicks);
        length = result > 0 ? (uint)result : 0;
        return result > 0 ? 0 : (int)result;
    }

    public void Progress(WorkloadId workload, ulong done, ulong errors, ulong corrupted, ulong retries, bool final)
        => Syscall.Invoke(NooksCalls.Progress, (ulong)workload, done, errors, corrupted, retries | (final ? 1UL << 63 : 0));
}
