// What the workloads report: one progress record per report, the last one kept for the
// kernel's final check.
using Testbed.Protocol;
using Testbed.Workloads;

namespace NooksStyle.Syscalls;

public static class WorkloadReports
{
    public struct Final
    {
        public bool Seen;
        public ulong Done, Errors, Corrupted, Retries;
    }

    public static Final Disk, Net;

    public static void Reset()
    {
        Disk = default;
        Net = default;
    }

    public static void Progress(ulong workload, ulong done, ulong errors, ulong corrupted, ulong retriesAndFinal)
    {
        bool final = (retriesAndFinal >> 63) != 0;
        ulong retries = retriesAndFinal & ~(1UL << 63);
        string name = workload == (ulong)WorkloadId.DiskIntegrity ? "disk-integrity" : workload == (ulong)WorkloadId.NetEcho ? "net-echo" : "unknown";
        TbLine.Begin(ProtocolNames.Progress).Field("name", name).Field("done", done).Field("errors", errors)
            .Field("corrupted", corrupted).Field("retries", retries).Field("final", final).End();
        if (!final) return;
        var record = new Final { Seen = true, Done = done, Errors = errors, Corrupted = corrupted, Retries = retries };
        if (workload == (ulong)WorkloadId.DiskIntegrity) Disk = record;
        else if (workload == (ulong)WorkloadId.NetEcho) Net = record;
    }
}
