using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using Singularity.Contracts;

namespace Testbed.Tests.Singularity;

/// <summary>
/// Channel contracts (kernels/singularity/Build/Contracts): the declaration language, the
/// generated endpoints, and an out-of-protocol send rejected at compile time. (The
/// run-time rejection is a boot test: SingularityBootTests.)
/// </summary>
public sealed class ContractTests
{
    private static string EchoContract => File.ReadAllText(Path.Combine(Snippets.RepositoryRoot, "kernels", "singularity", "Contracts", "Echo.contract"));

    // The surface of Testbed.Sip that generated code uses, for compiling outside the bare-metal build.
    private const string SipLibraryStub = """
        namespace Singularity.Processes.SipLibrary
        {
            public readonly struct ExBlock { public static ExBlock None => default; public bool IsNone => true; }
            public sealed class ContractEndpoint
            {
                public int Generation => 0;
                public static ContractEndpoint Connect(string path) => null;
                public void Enter(int generation, int state) { }
                public int Send(int tag, long a0, long a1, long a2, ExBlock block, int next) => 0;
                public int SendReceive(int tag, long a0, long a1, ExBlock block, int next) => 0;
                public int Receive() => 0;
                public long A0 => 0;
                public long A1 => 0;
                public long A2 => 0;
                public ExBlock Block => default;
                public int Advance(int next) => 0;
                public void Close() { }
            }
            public sealed class ServiceListener
            {
                public static ServiceListener Register(string path, long[] transitions) => null;
                public ContractEndpoint Accept() => null;
            }
            public static class Sip { public static void ContractViolation() { } }
        }
        """;

    private sealed class ContractFile(string path, string text) : AdditionalText
    {
        public override string Path => path;
        public override SourceText GetText(CancellationToken cancellationToken = default) => SourceText.From(text);
    }

    private static (ImmutableArray<Diagnostic> Generator, ImmutableArray<Diagnostic> Compiler) Build(string contract, string code)
    {
        var compilation = Snippets.Compilation("Client", SipLibraryStub, code);
        GeneratorDriver driver = CSharpGeneratorDriver.Create(
            [new ContractGenerator().AsSourceGenerator()],
            additionalTexts: [new ContractFile("/src/Echo.contract", contract)],
            parseOptions: new CSharpParseOptions(LanguageVersion.Latest));
        driver = driver.RunGeneratorsAndUpdateCompilation(compilation, out var output, out var generatorDiagnostics);
        return (generatorDiagnostics, output.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToImmutableArray());
    }

    // A send the protocol does not allow in that state is no method of the state's type: the
    // client does not compile (CS1061, naming the send).
    private static void AssertSendRefused(string contract, string client, string send)
    {
        var (_, compiler) = Build(contract, client);
        Assert.Contains(compiler, d => d.Id == "CS1061" && d.GetMessage().Contains(send));
    }

    [Fact]
    public void EchoContract_Parses_IntoMessagesAndAStateMachine()
    {
        var errors = new List<ContractError>();
        var contract = ContractParser.Parse(EchoContract, errors);
        Assert.Empty(errors);
        Assert.Equal("Echo", contract!.Name);
        Assert.Equal(["Request", "Reply", "Ping", "Pong"], contract.Messages.Select(m => m.Name));
        Assert.Equal(["Ready", "Working", "Pinged"], contract.States.Select(s => s.Name));
        Assert.Equal("seq >= 0", contract.Message("Request")!.Requires);
    }

    [Fact]
    public void GeneratedEndpoints_Compile_ForAProtocolAbidingClientAndService()
    {
        var (generator, compiler) = Build(EchoContract, """
            using Contracts;
            using Singularity.Processes.SipLibrary;
            public static class Client
            {
                public static long RoundTrip(Echo.Imp channel)
                {
                    Echo.Imp.Ready ready = channel.Begin;
                    Echo.Imp.PingedMessage pong = ready.SendPing(41).Receive();
                    return pong.IsPong(out long x, out ready) ? x : -1;
                }
                public static void Serve(Echo.Exp channel)
                {
                    var message = channel.Begin.Receive();
                    if (message.IsPing(out long x, out Echo.Exp.Pinged pinged)) pinged.SendPong(x + 1);
                    else if (message.IsRequest(out long seq, out ExBlock data, out Echo.Exp.Working working)) working.SendReply(seq, 0, data);
                }
                public static long[] Table => Echo.Transitions;
                // Request/reply in one call, and the service's reply-and-wait.
                public static long Call(Echo.Imp channel) => channel.Begin.SendPingAndReceive(41).IsPong(out long x, out _) ? x : -1;
                public static Echo.Exp.ReadyMessage Answer(Echo.Exp.Pinged pinged, long x) => pinged.SendPongAndReceive(x + 1);
            }
            """);
        Assert.Empty(generator);
        Assert.Empty(compiler);
    }

    [Fact]
    public void SendAndReceive_IsGeneratedOnlyWhereTheSenderMustThenWait()
    {
        // After Open the client may send Data (no answer to wait for): no OpenAndReceive there;
        // after Close it can only wait for Closed, so CloseAndReceive exists.
        const string contract = """
            contract Stream {
                in message Open(long id);
                in message Data(long word);
                in message Close();
                out message Closed(long count);
                state Start: Open? -> Streaming;
                state Streaming: Data? -> Streaming, Close? -> Closing;
                state Closing: Closed! -> Start;
            }
            """;
        var (generator, fine) = Build(contract, """
            using Contracts;
            public static class Client
            {
                public static long Run(Stream.Imp s) => s.Begin.SendOpen(1).SendData(2).SendCloseAndReceive().IsClosed(out long n, out _) ? n : -1;
            }
            """);
        Assert.Empty(generator);
        Assert.Empty(fine);
        AssertSendRefused(contract, """
            using Contracts;
            public static class Client { public static void Wrong(Stream.Imp s) => s.Begin.SendOpenAndReceive(1); }
            """, "SendOpenAndReceive");
    }

    [Fact]
    public void OutOfProtocolSend_IsACompileError()
    {
        // After Ping the client must wait for Pong: the Pinged state has no SendPing.
        var (_, compiler) = Build(EchoContract, """
            using Contracts;
            public static class Client
            {
                public static void Twice(Echo.Imp channel) => channel.Begin.SendPing(1).SendPing(2);
            }
            """);
        var error = Assert.Single(compiler);
        Assert.Equal("CS1061", error.Id);
        Assert.Contains("Pinged", error.GetMessage());
        Assert.Contains("SendPing", error.GetMessage());
    }

    [Fact]
    public void SendingTheOtherSidesMessage_IsACompileError()
    {
        // Pong is the service's message: the client's Ready state cannot send it.
        AssertSendRefused(EchoContract, """
            using Contracts;
            public static class Client { public static void Wrong(Echo.Imp channel) => channel.Begin.SendPong(1); }
            """, "SendPong");
    }

    [Fact]
    public void TransitionTable_ListsEveryAllowedSend()
    {
        var errors = new List<ContractError>();
        string code = ContractEmitter.Emit(ContractParser.Parse(EchoContract, errors)!, "Echo.contract");
        // (state, tag, side, next): Request? Ready->Working, Ping? Ready->Pinged, Reply! Working->Ready, Pong! Pinged->Ready.
        Assert.Contains("Transitions = new long[] { 0, 1, 0, 1, 0, 3, 0, 2, 1, 2, 1, 0, 2, 4, 1, 0 }", code);
    }

    [Theory]
    [InlineData("contract C { in message A(); state S: A! -> S; }", ContractParser.WrongDirection)]
    [InlineData("contract C { in message A(); out message B(); state S: A? -> S, B! -> S; }", ContractParser.MixedState)]
    [InlineData("contract C { in message A(); state S: A? -> Nowhere; }", ContractParser.UnknownName)]
    [InlineData("contract C { in message A(string s); state S: A? -> S; }", ContractParser.BadParameters)]
    [InlineData("contract C { in message A(long x) requires y > 0; state S: A? -> S; }", ContractParser.UnknownName)]
    [InlineData("contract C { message A(); }", ContractParser.SyntaxError)]
    public void MalformedContract_IsRefused_WithItsDiagnostic(string contract, string id)
    {
        var errors = new List<ContractError>();
        Assert.Null(ContractParser.Parse(contract, errors));
        Assert.Contains(errors, e => e.Id == id);
    }

    [Fact]
    public void MalformedContract_IsACompileErrorFromTheGenerator()
    {
        var (generator, _) = Build("contract Echo { in message A(); state S: A! -> S; }", "public static class Empty { }");
        var error = Assert.Single(generator);
        Assert.Equal(ContractParser.WrongDirection, error.Id);
        Assert.Equal(DiagnosticSeverity.Error, error.Severity);
    }

    private static async Task<ImmutableArray<Diagnostic>> Analyze(string code)
    {
        var compilation = Snippets.Compilation("Client", SipLibraryStub, code);
        GeneratorDriver driver = CSharpGeneratorDriver.Create(
            [new ContractGenerator().AsSourceGenerator()],
            additionalTexts: [new ContractFile("/src/Echo.contract", EchoContract)],
            parseOptions: new CSharpParseOptions(LanguageVersion.Latest));
        driver.RunGeneratorsAndUpdateCompilation(compilation, out var output, out _);
        Assert.Empty(output.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error));
        return await output.WithAnalyzers([new ConsumedStateAnalyzer()]).GetAnalyzerDiagnosticsAsync();
    }

    [Fact]
    public async Task AStateUsedAfterItWasConsumed_InStraightLineCode_IsACompileError()
    {
        var diagnostics = await Analyze("""
            using Contracts;
            public static class Client
            {
                public static void Twice(Echo.Imp channel)
                {
                    Echo.Imp.Ready ready = channel.Begin;
                    ready.SendPing(1);
                    ready.SendPing(2);
                }
            }
            """);
        var error = Assert.Single(diagnostics);
        Assert.Equal(ConsumedStateAnalyzer.Id, error.Id);
        Assert.Equal(DiagnosticSeverity.Error, error.Severity);
        Assert.Contains("'ready' was consumed by SendPing on line 7", error.GetMessage());
    }

    [Fact]
    public async Task StatesRenewedByAssignmentOrOut_AndUsesInsideBranches_AreNotReported()
    {
        var diagnostics = await Analyze("""
            using Contracts;
            public static class Client
            {
                public static void Loop(Echo.Imp channel, bool again)
                {
                    Echo.Imp.Ready ready = channel.Begin;
                    ready.SendPing(1).Receive().IsPong(out long x, out ready);
                    ready.SendPing(x).Receive().IsPong(out x, out ready);
                    if (again) ready.SendPing(3);
                    ready.SendPing(4);
                }
            }
            """);
        Assert.Empty(diagnostics);
    }
}
