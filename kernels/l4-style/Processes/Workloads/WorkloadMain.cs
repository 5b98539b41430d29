// A workload client task: connects to its driver through the manager (slot 1), then runs
// disk-integrity or net-echo on the region it shares with the driver, or the driver
// benchmarks. Its exit code (0: clean) reaches the manager as an exit message.
using System.Runtime;
using L4Style.Abi;
using L4Style.Processes.UserLib;
using Testbed.Drivers.Requests;
using Testbed.Workloads;

namespace L4Style.Processes.Workloads;

public static unsafe class WorkloadMain
{
    private const uint ReceiveTimeoutTicks = 50;

    [RuntimeExport("tb_process_main")]
    private static int Main(ulong argument)
    {
        ulong mode = argument & 0xFF;
        ulong parameter = argument >> 8;
        switch (mode)
        {
            case WorkloadMode.Disk:
            {
                if (!IpcWorkloadClient.Connect(DriverKind.Disk, broken: false)) return 3;
                var disk = new DiskIntegrity<IpcWorkloadClient>();
                byte* block = (byte*)DriverLayout.ClientRegion(DriverKind.Disk);
                bool clean = disk.Run(0, (uint)(parameter & 0xFFFF), (uint)((parameter >> 16) & 0xFF), block);
                IpcWorkloadClient.Final(WorkloadId.DiskIntegrity, disk.Done, disk.Errors, disk.Corrupted);
                return clean ? 0 : 1;
            }
            case WorkloadMode.Net:
            {
                if (!IpcWorkloadClient.Connect(DriverKind.Net, broken: false)) return 3;
                var net = new NetEcho<IpcWorkloadClient>();
                byte* region = (byte*)DriverLayout.ClientRegion(DriverKind.Net);
                bool clean = net.Run(0, 1, (uint)parameter, ReceiveTimeoutTicks, region, region + 2048);
                IpcWorkloadClient.Final(WorkloadId.NetEcho, net.Done, net.Errors, net.Corrupted);
                return clean ? 0 : 1;
            }
            case WorkloadMode.DiskRecovery:
            {
                if (!IpcWorkloadClient.Connect(DriverKind.Disk, broken: false)) return 3;
                var disk = new DiskIntegrity<FirstReplyStamp<IpcWorkloadClient>>();
                byte* block = (byte*)DriverLayout.ClientRegion(DriverKind.Disk);
                bool clean = disk.Run(0, (uint)(parameter & 0xFFFF), (uint)((parameter >> 16) & 0xFF), block);
                IpcWorkloadClient.RecoveryReply(DriverKind.Disk, disk.Client.Reply);
                IpcWorkloadClient.Final(WorkloadId.DiskIntegrity, disk.Done, disk.Errors, disk.Corrupted);
                return clean ? 0 : 1;
            }
            case WorkloadMode.NetRecovery:
            {
                if (!IpcWorkloadClient.Connect(DriverKind.Net, broken: false)) return 3;
                var net = new NetEcho<FirstReplyStamp<IpcWorkloadClient>>();
                byte* region = (byte*)DriverLayout.ClientRegion(DriverKind.Net);
                bool clean = net.Run(0, 1, (uint)parameter, ReceiveTimeoutTicks, region, region + 2048);
                IpcWorkloadClient.RecoveryReply(DriverKind.Net, net.Client.Reply);
                IpcWorkloadClient.Final(WorkloadId.NetEcho, net.Done, net.Errors, net.Corrupted);
                return clean ? 0 : 1;
            }
            case WorkloadMode.Bench:
                if (!IpcWorkloadClient.Connect(DriverKind.Disk, broken: false) || !IpcWorkloadClient.Connect(DriverKind.Net, broken: false)) return 3;
                return DriverBench.Run(parameter);
        }
        return 2;
    }
}
