// The boot-time check of a layout that assembly and C# share. Assembly that reads a C#
// structure at fixed offsets defines each offset once (`.set`) and exports the values as
// a table of `.quad`s under a global symbol; the C# owner of the structure reads that
// table at boot and passes each value here with the offset the build actually has
// (`(byte*)&p->Field - (byte*)p`). A mismatch halts before the assembly can run, naming
// the file and the field, so a moved field is a boot failure, not a corrupted thread.
// (First written for kernels/singularity/Ipc/FastPath.cs; the values come from the image's
// data, so the compiler cannot fold the comparison away.)
namespace Testbed.Hal;

public static class LayoutCheck
{
    /// <summary>Halts unless <paramref name="assembly"/> (what <paramref name="source"/> assumes) equals <paramref name="build"/>.</summary>
    public static void Field(string source, string field, ulong assembly, ulong build)
    {
        if (assembly == build) return;
        Cpu.DisableInterrupts();
        TbLine.Begin(Testbed.Protocol.ProtocolNames.Panic).Field("reason", "assembly layout differs from the build")
            .Field("source", source).Field("field", field).Field("assembly", assembly).Field("build", build).End();
        Power.Exit(Testbed.Protocol.ProtocolNames.ExitPanic);
    }
}
