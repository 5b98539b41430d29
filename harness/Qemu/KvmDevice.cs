using System.Runtime.InteropServices;

namespace Testbed.Harness.Qemu;

/// <summary>Whether this user can open /dev/kvm, the precondition for -accel kvm.</summary>
public enum KvmDeviceAccess
{
    Missing,
    NotReadWritable,
    ReadWritable,
}

public static class KvmDevice
{
    public const string Path = "/dev/kvm";

    public static KvmDeviceAccess Check()
    {
        if (!File.Exists(Path))
            return KvmDeviceAccess.Missing;
        return access(Path, ReadOk | WriteOk) == 0 ? KvmDeviceAccess.ReadWritable : KvmDeviceAccess.NotReadWritable;
    }

    const int ReadOk = 4;
    const int WriteOk = 2;

    // access(2) answers for this user's permissions (groups, ACLs) without opening the device.
    [DllImport("libc", CharSet = CharSet.Ansi)]
    static extern int access(string path, int mode);
}
