// Brings an image's compiled module to life before any C# code that touches statics runs.
// The AOT compiler leaves a ReadyToRun header (pointed to from the `__modules` section)
// that lists, among others, the region of GC static bases. Each entry starts out as a
// relative pointer to a MethodTable with the low bit set ("not yet allocated"); we
// allocate the holder object, copy in any pre-initialised data, and store the object.
// Static constructors that could not be evaluated at build time run lazily (see
// ClassConstructorRunner); eager ones are listed in their own section and run here.
using System.Runtime;
using Internal.Runtime;

namespace Testbed.Runtime;

public static unsafe class ModuleStartup
{
    private const uint ReadyToRunSignature = 0x00525452;   // "RTR"
    private const int GCStaticRegionSection = 201;
    private const int EagerCctorSection = 205;
    private const nint Uninitialized = 1;
    private const nint HasPreInitializedData = 2;
    private const nint FlagMask = 3;

    private struct ReadyToRunHeader
    {
        public uint Signature;
        public ushort MajorVersion;
        public ushort MinorVersion;
        public uint Flags;
        public ushort NumberOfSections;
        public byte EntrySize;
        public byte EntryType;
    }

    private struct ModuleSection
    {
        public int SectionId;
        public int Flags;
        public byte* Start;
        public byte* End;
    }

    /// <summary>
    /// Initialises every module listed between the linker symbols `__modules_start` and
    /// `__modules_end`. Returns false if a header is not what this runtime understands.
    /// </summary>
    public static bool Initialize(void** modulesStart, void** modulesEnd)
    {
        for (void** module = modulesStart; module < modulesEnd; module++)
        {
            var header = (ReadyToRunHeader*)*module;
            if (header == null) continue;
            if (header->Signature != ReadyToRunSignature) return false;
            var sections = (ModuleSection*)(header + 1);
            for (int i = 0; i < header->NumberOfSections; i++)
            {
                ModuleSection* section = (ModuleSection*)((byte*)sections + i * header->EntrySize);
                if (section->SectionId == GCStaticRegionSection)
                    AllocateGCStatics(section->Start, section->End);
            }
            for (int i = 0; i < header->NumberOfSections; i++)
            {
                ModuleSection* section = (ModuleSection*)((byte*)sections + i * header->EntrySize);
                if (section->SectionId == EagerCctorSection)
                    RunEagerConstructors(section->Start, section->End);
            }
        }
        return true;
    }

    private static void* ReadRelativePointer(void* address) => (byte*)address + *(int*)address;

    private static void AllocateGCStatics(byte* start, byte* end)
    {
        for (byte* entry = start; entry < end; entry += sizeof(int))
        {
            nint* block = (nint*)ReadRelativePointer(entry);
            nint target = (nint)ReadRelativePointer(block);
            if ((target & Uninitialized) == 0) continue;

            var type = (MethodTable*)(target & ~FlagMask);
            byte* holder = (byte*)Internal.Runtime.CompilerHelpers.Allocation.NewObject(type);
            if ((target & HasPreInitializedData) != 0)
            {
                byte* data = (byte*)ReadRelativePointer((int*)block + 1);
                // Field data follows the MethodTable pointer; BaseSize counts header + MethodTable.
                System.Buffer.Memmove(holder + sizeof(nint), data, type->BaseSize - 2 * (nuint)sizeof(nint));
            }
            *block = (nint)holder;
        }
    }

    private static void RunEagerConstructors(byte* start, byte* end)
    {
        for (byte* entry = start; entry < end; entry += sizeof(int))
            ((delegate*<void>)ReadRelativePointer(entry))();
    }
}
