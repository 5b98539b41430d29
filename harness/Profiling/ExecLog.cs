namespace Testbed.Harness.Profiling;

/// <summary>
/// QEMU's per-instruction execution log (<c>-singlestep -d exec,nochain</c>), read as a
/// stream. Each executed translation block gives one line,
/// <c>Trace 0: 0x7fc4b0000100 [00000000ffff0000/00000000fffffff0/00000040/ff020201] </c>,
/// whose bracketed fields are the code segment base, the guest PC, the TB flags and the
/// compile flags (QEMU 7.2, accel/tcg/cpu-exec.c, log_cpu_exec). With -singlestep every
/// block is one instruction, so one line is one executed instruction.
/// </summary>
public static class ExecLog
{
    /// <summary>
    /// The guest PC of one log line (without its line end); false for anything else: other
    /// log output, a truncated line, a field that is not hexadecimal.
    /// </summary>
    public static bool TryParsePc(ReadOnlySpan<byte> line, out ulong pc)
    {
        pc = 0;
        if (!line.StartsWith("Trace "u8))
            return false;
        int open = line.IndexOf((byte)'[');
        if (open < 0)
            return false;
        var fields = line[(open + 1)..];
        int firstSlash = fields.IndexOf((byte)'/');
        if (firstSlash <= 0)
            return false;
        var rest = fields[(firstSlash + 1)..];
        int secondSlash = rest.IndexOf((byte)'/');
        if (secondSlash <= 0 || secondSlash > 16 || rest.IndexOf((byte)']') < secondSlash)
            return false;
        return TryParseHex(rest[..secondSlash], out pc);
    }

    public static bool TryParsePc(string line, out ulong pc) =>
        TryParsePc(System.Text.Encoding.ASCII.GetBytes(line), out pc);

    static bool TryParseHex(ReadOnlySpan<byte> digits, out ulong value)
    {
        value = 0;
        foreach (byte c in digits)
        {
            int digit = c switch
            {
                >= (byte)'0' and <= (byte)'9' => c - '0',
                >= (byte)'a' and <= (byte)'f' => c - 'a' + 10,
                >= (byte)'A' and <= (byte)'F' => c - 'A' + 10,
                _ => -1,
            };
            if (digit < 0)
                return false;
            value = (value << 4) | (uint)digit;
        }
        return true;
    }

    /// <summary>
    /// Reads a log stream to its end, calling <paramref name="onPc"/> with the PC of every
    /// instruction line, in order. Works on bytes with one reused buffer: a full singularity
    /// boot is about 1.8 GB of log, which must never become strings or touch the disk.
    /// </summary>
    /// <returns>How many lines were not instruction lines.</returns>
    public static long Read(Stream stream, Action<ulong> onPc)
    {
        var buffer = new byte[1 << 20];
        int filled = 0;
        long other = 0;
        while (true)
        {
            int read = stream.Read(buffer, filled, buffer.Length - filled);
            if (read == 0)
                break;
            filled += read;
            var span = buffer.AsSpan(0, filled);
            int start = 0;
            while (true)
            {
                int newline = span[start..].IndexOf((byte)'\n');
                if (newline < 0)
                    break;
                if (TryParsePc(span.Slice(start, newline), out ulong pc))
                    onPc(pc);
                else
                    other++;
                start += newline + 1;
            }
            // Keep the unfinished line; a line longer than the buffer is not ours: drop it.
            int left = filled - start;
            if (left == buffer.Length)
            {
                other++;
                left = 0;
            }
            else
                buffer.AsSpan(start, left).CopyTo(buffer);
            filled = left;
        }
        if (filled > 0)
        {
            if (TryParsePc(buffer.AsSpan(0, filled), out ulong pc))
                onPc(pc);
            else
                other++;
        }
        return other;
    }
}
