using Microsoft.CodeAnalysis;
using Singularity.Verifier;

namespace Testbed.Tests.Singularity;

/// <summary>
/// The SIP verifier (kernels/singularity/Build/Verifier): safe code passes; each unsafe
/// construct is refused with the method (and, for instructions, the instruction) named.
/// </summary>
public sealed class SipVerifierTests
{
    // The snippets reference the test host's framework; allow those assemblies so that
    // only the construct under test can be refused.
    private static readonly string[] Framework = ["System.Runtime", "System.Private.CoreLib", "System.Runtime.InteropServices", "System.Console"];

    private static IReadOnlyList<VerificationError> Verify(string source) => SipVerifier.Verify(Snippets.Assembly(source), Framework);

    [Fact]
    public void SafeCode_IsAccepted()
    {
        var errors = Verify("""
            using System;
            public class Node { public Node Next; public int Value; public virtual int Weight() => Value; }
            public static class C
            {
                public static int M(int[] values, string text)
                {
                    Node list = null;
                    foreach (int v in values) list = new Node { Next = list, Value = v };
                    int sum = text.Length;
                    for (Node n = list; n != null; n = n.Next) sum += n.Weight();
                    Span<int> view = values.AsSpan(1);
                    return sum + view.Length + (values is object ? 1 : 0);
                }
            }
            """);
        Assert.Empty(errors);
    }

    // Each construct that breaks type safety, in a method (or, for a field, a type) that the
    // refusal must name, with the reason's words.
    [Theory]
    [InlineData("pointer local", "public static unsafe class C { public static int M(int x) { int* p = &x; return *p; } }", "C::M", "pointer type")]
    [InlineData("pointer parameter", "public static unsafe class C { public static int Read(byte* p) => *p; }", "C::Read", "signature has a pointer type")]
    [InlineData("fixed", "public static unsafe class C { public static int M(int[] a) { fixed (int* p = a) return *p; } }", "C::M", "pinned local")]
    [InlineData("Marshal", "public static class C { public static System.IntPtr M() => System.Runtime.InteropServices.Marshal.AllocHGlobal(16); }", "C::M", "Marshal")]
    [InlineData("extern method", "public static class C { [System.Runtime.InteropServices.DllImport(\"libc\")] public static extern int getpid(); }", "C::getpid", "extern method")]
    [InlineData("pointer field", "public unsafe struct S { public byte* Data; }", "S::Data", "pointer type")]
    public void AnUnsafeConstruct_IsRefused_NamingWhereAndWhy(string construct, string source, string method, string reason)
    {
        var errors = Verify(source);
        Assert.True(errors.Any(e => e.Method == method && e.Reason.Contains(reason)),
            $"{construct}: no refusal of {method} for '{reason}'; refused: {string.Join("; ", errors)}");
    }

    [Fact]
    public void Stackalloc_IsRefused_NamingTheInstruction()
    {
        var errors = Verify("public static unsafe class C { public static int M() { int* p = stackalloc int[4]; p[1] = 2; return p[1]; } }");
        Assert.Contains(errors, e => e.Method == "C::M" && e.Instruction == "localloc" && e.Offset >= 0);
    }

    [Fact]
    public void FunctionPointerCall_IsRefused_AsCalliAndLdftn()
    {
        var errors = Verify("""
            public static unsafe class C
            {
                static int Twice(int x) => 2 * x;
                public static int M() { delegate*<int, int> f = &Twice; return f(21); }
            }
            """);
        Assert.Contains(errors, e => e.Method == "C::M" && e.Instruction == "calli");
        Assert.Contains(errors, e => e.Method == "C::M" && e.Instruction == "ldftn");
    }

    [Fact]
    public void UnsafeClass_IsRefused()
    {
        var errors = Verify("public static class C { public static string M(object o) => System.Runtime.CompilerServices.Unsafe.As<string>(o); }");
        Assert.Contains(errors, e => e.Method == "C::M" && e.Reason.Contains("System.Runtime.CompilerServices.Unsafe") && e.Instruction.StartsWith("call"));
    }

    [Fact]
    public void ReferenceOutsideTheSipLibraries_IsRefused()
    {
        var errors = SipVerifier.Verify(Snippets.Assembly("public static class C { public static void M() => System.Console.WriteLine(1); }"));
        Assert.Contains(errors, e => e.Reason.Contains("not an allowed SIP library"));
    }

    [Fact]
    public void RawPortInstructions_AreNotASipLibrary_SoASipThatCallsThemIsRefused()
    {
        // common/guest's port stubs are their own assembly: a SIP reaches ports only through
        // the IoPorts its manifest grants (Testbed.Sip), never through the raw instructions.
        var ports = new MemoryStream();
        Assert.True(Snippets.Compilation("Testbed.Guest.Ports",
            "namespace Testbed.Guest.Ports { public static class PortInstructions { public static void Out8(ushort port, byte value) { } } }").Emit(ports).Success);
        var sip = new MemoryStream();
        var compiled = Snippets.Compilation("Snippet", "public static class C { public static void M() => Testbed.Guest.Ports.PortInstructions.Out8(0x64, 0xFE); }")
            .AddReferences(MetadataReference.CreateFromImage(ports.ToArray())).Emit(sip);
        Assert.True(compiled.Success, string.Join("\n", compiled.Diagnostics));
        sip.Position = 0;

        Assert.DoesNotContain("Testbed.Guest.Ports", SipVerifier.TrustedLibraries);
        Assert.Contains(SipVerifier.Verify(sip, SipVerifier.TrustedLibraries), e => e.Reason.Contains("'Testbed.Guest.Ports'"));
    }

    [Theory]
    [InlineData("Hello")]
    [InlineData("HelloAlloc")]
    [InlineData("EchoService")]
    [InlineData("EchoClient")]
    public void TheBuiltSips_PassTheVerifier_WithOnlyTheSipLibrariesAllowed(string sip) => VerifyBuilt(sip, SipVerifier.DefaultAllowedReferences);

    [Theory]
    [InlineData("DiskDriver")]
    [InlineData("DiskIntegrity")]
    public void TheDiskSips_PassTheVerifier_WithTheTrustedDriverGlueAllowed(string sip) =>
        VerifyBuilt(sip, [.. SipVerifier.DefaultAllowedReferences, "Testbed.Sip.Drivers"]);

    [Fact]
    public void TheDiskDriverSip_IsRefused_WithoutTheTrustedDriverGlue()
    {
        var assembly = Built("DiskDriver");
        Assert.Contains(SipVerifier.Verify(assembly), e => e.Reason.Contains("'Testbed.Sip.Drivers'"));
    }

    private static string Built(string sip)
    {
        var assembly = Directory.EnumerateFiles(Path.Combine(Snippets.RepositoryRoot, "artifacts", "bin", sip), sip + ".dll", SearchOption.AllDirectories)
            .OrderByDescending(File.GetLastWriteTimeUtc).FirstOrDefault();
        Assert.True(assembly != null, $"{sip}.dll was not built");
        return assembly!;
    }

    private static void VerifyBuilt(string sip, IEnumerable<string> allowed)
    {
        Assert.Empty(SipVerifier.Verify(Built(sip), allowed));
    }
}
