namespace Minix.SystemConf;

/// <summary>
/// A range of I/O ports a service may touch through DEVIO/SDEVIO (EDCC 2006, section 4.2: the
/// kernel checks each port access against the caller's ranges). Written <c>BASE:COUNT</c>,
/// base in hex, count in decimal.
/// </summary>
public readonly record struct PortRange(ushort Base, ushort Count)
{
    /// <summary>The last port in the range (inclusive).</summary>
    public int Last => Base + Count - 1;

    public bool Overlaps(PortRange other) => Base <= other.Last && other.Base <= Last;

    public bool Contains(PortRange other) => Base <= other.Base && other.Last <= Last;

    public override string ToString() => Count == 1 ? $"{Base:x}" : $"{Base:x}-{Last:x}";
}
