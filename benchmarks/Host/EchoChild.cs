using System.Net.Sockets;

namespace Testbed.Host;

/// <summary>
/// The other end of the round-trip benchmarks: this same program started as a child,
/// echoing every 8-byte word it reads, with plain read(2) and write(2), until end of file.
/// "echo-pipe CPU": on its standard input and output (the parent's pipe pair);
/// "echo-socket CPU PATH": on a Unix stream socket it connects to at PATH. It pins itself
/// to CPU, the parent's.
/// </summary>
internal static unsafe class EchoChild
{
    public const string PipeMode = "echo-pipe";
    public const string SocketMode = "echo-socket";

    public static int Run(string[] args)
    {
        CpuPin.To(int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture));
        if (args[0] == PipeMode)
            return Echo(0, 1);
        using var socket = new Socket(AddressFamily.Unix, SocketType.Stream, ProtocolType.Unspecified);
        socket.Connect(new UnixDomainSocketEndPoint(args[2]));
        var fd = (int)socket.Handle;
        return Echo(fd, fd);
    }

    static int Echo(int input, int output)
    {
        var word = stackalloc byte[8];
        while (Libc.Exactly(false, input, word, 8))
            if (!Libc.Exactly(true, output, word, 8))
                return 1;
        return 0;
    }

    /// <summary>How to start this program again as a child with <paramref name="args"/>.</summary>
    public static System.Diagnostics.ProcessStartInfo StartInfo(params string[] args)
    {
        var self = Environment.ProcessPath ?? "dotnet";
        var start = new System.Diagnostics.ProcessStartInfo(self) { UseShellExecute = false };
        if (Path.GetFileNameWithoutExtension(self) == "dotnet")
            start.ArgumentList.Add(typeof(EchoChild).Assembly.Location);
        foreach (var arg in args)
            start.ArgumentList.Add(arg);
        return start;
    }
}
