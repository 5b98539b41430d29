using System.Buffers.Binary;
using System.Text;

namespace Minix.SystemConf;

/// <summary>
/// Writes an accepted configuration as the binary privilege table the kernel loads (the data
/// form of MINIX 3's per-process privilege structure, EDCC 2006, section 4). Little-endian,
/// packed, no padding:
/// <code>
/// header:  0 magic "MXPRIV01" (8 bytes)   8 count u32
/// record (57 bytes each, from offset 12, in file order):
///    0 name (16 bytes, NUL padded)        16 kernel-call bitmap u32 (bit = KernelCallNumber)
///   20 primitive bitmap u8 (bit = IpcCall number)
///   21 send mask u32 (bit = index of the target service in file order; ALL = every service)
///   25 four port ranges (u16 base, u16 count; unused ones 0,0)
///   41 irq u8 (0xFF none)                 42 pci vendor u16   44 pci device u16 (0,0 none)
///   46 restart kind u8 (RestartKind)      47 K u16            49 T u32 (ticks)
///   53 heartbeat period u32 (ticks, 0 none)
/// </code>
/// </summary>
public static class PrivilegeTableWriter
{
    public const string Magic = "MXPRIV02";
    public const int HeaderSize = 12, RecordSize = 57, NameSize = 16;

    public static byte[] Write(ServiceConfig config)
    {
        var services = config.Services;
        var table = new byte[HeaderSize + RecordSize * services.Count];
        Encoding.ASCII.GetBytes(Magic).CopyTo(table, 0);
        BinaryPrimitives.WriteUInt32LittleEndian(table.AsSpan(8), (uint)services.Count);
        var index = services.Select((s, i) => (s.Name, i)).ToDictionary(p => p.Name, p => p.i);
        for (int i = 0; i < services.Count; i++)
        {
            ServicePrivileges s = services[i];
            Span<byte> r = table.AsSpan(HeaderSize + RecordSize * i, RecordSize);
            Encoding.ASCII.GetBytes(s.Name).CopyTo(r);
            BinaryPrimitives.WriteUInt32LittleEndian(r[16..], Bits(s.Calls, ServiceConfig.KernelCalls));
            r[20] = (byte)Bits(s.Primitives, ServiceConfig.IpcPrimitives);
            uint mask = 0;
            foreach (Named target in s.Ipc)
                mask |= target.Name == ServiceConfig.AllTargets ? AllMask(services.Count) : 1u << index[target.Name];
            BinaryPrimitives.WriteUInt32LittleEndian(r[21..], mask);
            for (int p = 0; p < s.Io.Count; p++)
            {
                BinaryPrimitives.WriteUInt16LittleEndian(r[(25 + 4 * p)..], s.Io[p].Base);
                BinaryPrimitives.WriteUInt16LittleEndian(r[(27 + 4 * p)..], s.Io[p].Count);
            }
            r[41] = s.Irq ?? 0xFF;
            BinaryPrimitives.WriteUInt16LittleEndian(r[42..], s.Pci?.Vendor ?? 0);
            BinaryPrimitives.WriteUInt16LittleEndian(r[44..], s.Pci?.Device ?? 0);
            r[46] = (byte)s.Restart.Kind;
            BinaryPrimitives.WriteUInt16LittleEndian(r[47..], s.Restart.Failures);
            BinaryPrimitives.WriteUInt32LittleEndian(r[49..], s.Restart.WindowTicks);
            BinaryPrimitives.WriteUInt32LittleEndian(r[53..], s.Heartbeat);
        }
        return table;
    }

    private static uint Bits(List<Named> names, IReadOnlyDictionary<string, int> known)
    {
        uint bits = 0;
        foreach (Named name in names) bits |= 1u << known[name.Name];
        return bits;
    }

    private static uint AllMask(int count) => count >= 32 ? uint.MaxValue : (1u << count) - 1;
}
