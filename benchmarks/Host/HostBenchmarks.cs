using System.Diagnostics;
using System.IO.Pipes;
using System.Net.Sockets;
using System.Runtime.InteropServices;
using BenchmarkDotNet.Attributes;

namespace Testbed.Host;

/// <summary>
/// The paper rows measured on the host OS. Each benchmark is one operation; the row name
/// (<see cref="RowNames"/>) is what host.csv and papers/costs.csv call it.
/// </summary>
public unsafe class HostBenchmarks
{
    public static readonly IReadOnlyDictionary<string, string> RowNames = new Dictionary<string, string>
    {
        [nameof(NullSyscall)] = "syscall.getppid",
        [nameof(PipeRoundTrip)] = "pipe.roundtrip",
        [nameof(SocketRoundTrip)] = "socket.roundtrip",
        [nameof(SpawnStatic)] = "process.spawn.static",
        [nameof(SpawnBinTrue)] = "process.spawn.bin-true",
        [nameof(ThreadSwitch)] = "thread.switch",
    };

    Process? _pipeChild, _socketChild;
    int _pipeOut, _pipeIn;
    Socket? _listener, _socket;
    int _socketFd;
    string _folder = "";
    byte* _word;
    byte* _tinyPath, _truePath;
    byte** _tinyArgv, _trueArgv, _envp;
    ThreadPingPong? _pingPong;
    CpuPin.Lazy? _pin;
    ulong _mask;

    [GlobalSetup]
    public void Setup()
    {
        _folder = Directory.CreateTempSubdirectory("testbed-host-").FullName;
        _word = (byte*)NativeMemory.AllocZeroed(8);
        _mask = CpuPin.CurrentMask();
        var cpu = Libc.SchedGetCpu();
        _pin = new CpuPin.Lazy(cpu);
        var cpuText = cpu.ToString(System.Globalization.CultureInfo.InvariantCulture);

        _pipeChild = Process.Start(Redirected(EchoChild.StartInfo(EchoChild.PipeMode, cpuText)))!;
        _pipeOut = Fd(_pipeChild.StandardInput.BaseStream);
        _pipeIn = Fd(_pipeChild.StandardOutput.BaseStream);

        var socketPath = Path.Combine(_folder, "echo.sock");
        _listener = new Socket(AddressFamily.Unix, SocketType.Stream, ProtocolType.Unspecified);
        _listener.Bind(new UnixDomainSocketEndPoint(socketPath));
        _listener.Listen(1);
        _socketChild = Process.Start(EchoChild.StartInfo(EchoChild.SocketMode, cpuText, socketPath))!;
        _socket = _listener.Accept();
        _socketFd = (int)_socket.Handle;

        var tiny = Path.Combine(_folder, "exit0");
        TinyElf.WriteTo(tiny);
        _tinyArgv = Argv(tiny);
        _tinyPath = _tinyArgv[0];
        _trueArgv = Argv("/bin/true");
        _truePath = _trueArgv[0];
        _envp = (byte**)NativeMemory.AllocZeroed((nuint)sizeof(nint));

        _pingPong = new ThreadPingPong(cpu);
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _pingPong?.Dispose();
        CpuPin.Set(_mask);
        _pipeChild?.StandardInput.Close();
        _socket?.Dispose();
        _listener?.Dispose();
        _pipeChild?.WaitForExit(5000);
        _socketChild?.WaitForExit(5000);
        Directory.Delete(_folder, recursive: true);
    }

    /// <summary>The minimum kernel call: syscall(SYS_getppid) through libc's syscall(), no GC transition.</summary>
    [Benchmark]
    public long NullSyscall() => Libc.Syscall0(Libc.SysGetppid);

    /// <summary>One 8-byte word to the child over one pipe and back over the other, both on one CPU.</summary>
    [Benchmark]
    public void PipeRoundTrip() => RoundTrip(_pipeOut, _pipeIn);

    /// <summary>One 8-byte word to the child over a connected Unix stream socket and back, both on one CPU.</summary>
    [Benchmark]
    public void SocketRoundTrip() => RoundTrip(_socketFd, _socketFd);

    /// <summary>posix_spawn of the 129-byte static exit(0) program, then waitpid until it has exited.</summary>
    [Benchmark]
    public int SpawnStatic() => Spawn(_tinyPath, _tinyArgv);

    /// <summary>The same with /bin/true (dynamically linked: adds the loader and libc's start-up).</summary>
    [Benchmark]
    public int SpawnBinTrue() => Spawn(_truePath, _trueArgv);

    /// <summary>Two threads pinned to one CPU hand a futex word back and forth; one round trip is two switches.</summary>
    [Benchmark(OperationsPerInvoke = 2)]
    public void ThreadSwitch() => _pingPong!.RoundTrip();

    void RoundTrip(int output, int input)
    {
        _pin!.Ensure();
        (*(long*)_word)++;
        if (!Libc.Exactly(true, output, _word, 8) || !Libc.Exactly(false, input, _word, 8))
            throw new IOException("the echo child went away");
    }

    static int Spawn(byte* path, byte** argv)
    {
        if (Libc.PosixSpawn(out var pid, path, 0, 0, argv, null) != 0)
            throw new IOException("posix_spawn failed");
        if (Libc.WaitPid(pid, out var status, 0) != pid || status != 0)
            throw new IOException($"waitpid: status {status}");
        return pid;
    }

    /// <summary>A NULL-terminated argv of one string, the program's path.</summary>
    static byte** Argv(string path)
    {
        var argv = (byte**)NativeMemory.AllocZeroed((nuint)(2 * sizeof(nint)));
        argv[0] = (byte*)Marshal.StringToHGlobalAnsi(path);
        return argv;
    }

    static ProcessStartInfo Redirected(ProcessStartInfo start)
    {
        start.RedirectStandardInput = true;
        start.RedirectStandardOutput = true;
        return start;
    }

    /// <summary>The file descriptor under a redirected standard stream (a pipe).</summary>
    static int Fd(Stream stream) => stream is PipeStream pipe
        ? (int)pipe.SafePipeHandle.DangerousGetHandle()
        : stream is FileStream file ? (int)file.SafeFileHandle.DangerousGetHandle()
        : throw new NotSupportedException($"cannot find the descriptor of a {stream.GetType().Name}");
}
