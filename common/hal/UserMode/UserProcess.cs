// A ring-3 process as the HAL builds and takes apart: a fresh copy of an ELF image from a
// boot module (ElfLoader) in a new address space, a user stack below StackTop, and one
// ring-3 thread entering at the image's entry; afterwards, every frame it had (image pages,
// stack, page tables) returned. When it runs, which calls it may make and what ends it
// (exit call, fault, kill) are the kernel's; so is reaping the thread's kernel stack, which
// each kernel's thread lifecycle owns. (Intel SDM vol. 3A, "Paging" and "Privilege Levels".)
namespace Testbed.Hal;

public sealed unsafe class UserProcess
{
    /// <summary>The top of every process's user stack (the lower half's last PML4 slot but one).</summary>
    public const ulong StackTop = 0x0000_7FFF_FFF0_0000;

    public AddressSpace Space { get; }
    public Thread Thread { get; }
    public LoadedImage Image { get; private set; }
    public int StackPages { get; }
    /// <summary>The boot module it was created from: the pristine copy a reload starts from again, unless a Load or CopyFrom gave it another (Module).</summary>
    public string ModuleName { get; }
    /// <summary>The boot module its image came from by Load or CopyFrom (none after Create: ModuleName names it); a reload starts from it again.</summary>
    public BootModule Module { get; private set; }

    private UserProcess(AddressSpace space, Thread thread, LoadedImage image, int stackPages, string moduleName)
    {
        Space = space;
        Thread = thread;
        Image = image;
        StackPages = stackPages;
        ModuleName = moduleName;
    }

    /// <summary>Loads the boot module <paramref name="moduleName"/> and makes its thread (not yet started); null if it is missing or cannot be loaded.</summary>
    public static UserProcess Create(string moduleName, int stackPages, ulong argument)
    {
        if (!Multiboot.TryFindModule(moduleName, out BootModule module)) return null;
        AddressSpace space = AddressSpace.Create();
        LoadedImage image = ElfLoader.Load(space, module);
        if (!image.Loaded || !ElfLoader.MapStack(space, StackTop, stackPages))
        {
            Release(space, image.Start, image.End);
            Release(space, StackTop - (ulong)stackPages * 4096, StackTop);
            space.Destroy();
            return null;
        }
        Thread thread = Thread.CreateUser(space, image.Entry, StackTop, argument);
        return new UserProcess(space, thread, image, stackPages, moduleName);
    }

    /// <summary>
    /// An empty shell made at boot: an address space with no user mappings, a ring-3 thread
    /// and its kernel stack, for a process that a kernel whose heap is closed after boot
    /// starts later (Load, CopyFrom: kernels/minix-style's PM, fork and exec). Its thread
    /// must not run before one of them filled it; null if out of frames.
    /// </summary>
    public static UserProcess CreateEmpty(int stackPages)
    {
        AddressSpace space = AddressSpace.Create();
        if (space == null) return null;
        Thread thread = Thread.CreateUser(space, 0, StackTop, 0);
        thread.State = ThreadState.Blocked;
        return new UserProcess(space, thread, default, stackPages, null);
    }

    /// <summary>
    /// Returns every frame of the process: the image's pages, the stack, the page tables.
    /// Its thread must never run again; this switches to the kernel's address space first.
    /// </summary>
    public void Reclaim()
    {
        AddressSpace.Kernel.Activate();
        Release(Space, Image.Start, Image.End);
        Release(Space, StackTop - (ulong)StackPages * 4096, StackTop);
        Space.Destroy();
    }

    /// <summary>
    /// Starts the process again in place from a fresh copy of its boot module, whose pages
    /// the boot loader left untouched: every frame it had is returned, its user half
    /// cleared, the image loaded and a zeroed stack mapped again, and its thread made to
    /// enter at the entry with rdi = <paramref name="argument"/>. Nothing is allocated on the
    /// kernel heap (the same space, thread and kernel stack), so a kernel whose heap is
    /// closed after boot can restart a process (kernels/minix-style, the reincarnation
    /// server). Its thread must not be running. False if the image no longer loads (out of
    /// frames): the process is then empty and must not run.
    /// </summary>
    public bool Reload(ulong argument)
    {
        BootModule module = Source();
        return module.Start != 0 && Load(module, argument);
    }

    // The module its image is from: the one it was loaded or copied from, else the one it was created from.
    private BootModule Source()
    {
        if (Module.Start != 0 || ModuleName == null) return Module;
        Multiboot.TryFindModule(ModuleName, out BootModule module);
        return module;
    }

    /// <summary>
    /// As Reload, from <paramref name="module"/> (any boot module: an exec), which becomes the
    /// one a later reload starts from. Nothing on the kernel heap; the thread must not be running.
    /// </summary>
    public bool Load(BootModule module, ulong argument)
    {
        Clear();
        Module = module;
        LoadedImage image = ElfLoader.Load(Space, module);
        Image = image;
        if (!image.Loaded || !ElfLoader.MapStack(Space, StackTop, StackPages)) return false;
        Thread.ResetUser(image.Entry, StackTop, argument);
        return true;
    }

    /// <summary>
    /// Makes this process a copy of <paramref name="parent"/>'s memory (a fork): its own
    /// frames returned first, then every present page of the parent's image and stack copied
    /// into a fresh frame at the same address with the same permissions. Mappings outside
    /// them (shared or device pages a kernel added) are not copied. The thread is not reset:
    /// the kernel says where the copy starts (Thread.ResetUser). Nothing on the kernel heap;
    /// false if frames ran out or the stacks differ in size (the copy is then partial and
    /// must not run).
    /// </summary>
    public bool CopyFrom(UserProcess parent)
    {
        Clear();
        if (parent.StackPages != StackPages) return false;
        Module = parent.Source();
        Image = new LoadedImage(parent.Image.Entry, parent.Image.Start, parent.Image.End, parent.Image.Frames);
        return CopyPages(parent.Space, Image.Start, Image.End) && CopyPages(parent.Space, StackTop - (ulong)StackPages * 4096, StackTop);
    }

    /// <summary>Returns every frame of the image and the stack and clears the user half; the shell (space, thread) stays for a later Load or CopyFrom.</summary>
    public void Clear()
    {
        if (AddressSpace.Current == Space) AddressSpace.Kernel.Activate();
        Release(Space, Image.Start, Image.End);
        Release(Space, StackTop - (ulong)StackPages * 4096, StackTop);
        Space.ClearUser();
        Image = default;
    }

    private bool CopyPages(AddressSpace from, ulong start, ulong end)
    {
        const ulong kept = (ulong)(PageFlags.Writable | PageFlags.User | PageFlags.NoExecute);
        for (ulong page = start; page < end; page += 4096)
        {
            ulong entry = from.Lookup(page);
            if ((entry & (ulong)PageFlags.Present) == 0) continue;
            ulong frame = PhysicalMemory.AllocateFrame();
            if (frame == 0) return false;
            BlockMemory.Copy((byte*)frame, (byte*)(entry & 0x000F_FFFF_FFFF_F000UL), 4096);
            if (!Space.Map(page, frame, (PageFlags)(entry & kept)))
            {
                PhysicalMemory.FreeFrame(frame);
                return false;
            }
        }
        return true;
    }

    private static void Release(AddressSpace space, ulong start, ulong end)
    {
        for (ulong page = start; page < end; page += 4096)
        {
            ulong frame = space.Unmap(page);
            if (frame != 0) PhysicalMemory.FreeFrame(frame);
        }
    }
}
