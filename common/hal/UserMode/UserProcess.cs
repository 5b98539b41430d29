// A ring-3 process as the HAL builds and takes apart: a fresh copy of an ELF image from a
// boot module (ElfLoader) in a new address space, a user stack below StackTop, and one
// ring-3 thread entering at the image's entry; afterwards, every frame it had (image pages,
// stack, page tables) returned. When it runs, which calls it may make and what ends it
// (exit call, fault, kill) are the kernel's; so is reaping the thread's kernel stack, which
// each kernel's thread lifecycle owns. (Intel SDM vol. 3A, "Paging" and "Privilege Levels".)
namespace Testbed.Hal;

public sealed class UserProcess
{
    /// <summary>The top of every process's user stack (the lower half's last PML4 slot but one).</summary>
    public const ulong StackTop = 0x0000_7FFF_FFF0_0000;

    public AddressSpace Space { get; }
    public Thread Thread { get; }
    public LoadedImage Image { get; private set; }
    public int StackPages { get; }
    /// <summary>The boot module it was loaded from: the pristine copy a reload starts from again.</summary>
    public string ModuleName { get; }

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
        if (AddressSpace.Current == Space) AddressSpace.Kernel.Activate();
        Release(Space, Image.Start, Image.End);
        Release(Space, StackTop - (ulong)StackPages * 4096, StackTop);
        Space.ClearUser();
        if (!Multiboot.TryFindModule(ModuleName, out BootModule module)) return false;
        LoadedImage image = ElfLoader.Load(Space, module);
        Image = image;
        if (!image.Loaded || !ElfLoader.MapStack(Space, StackTop, StackPages)) return false;
        Thread.ResetUser(image.Entry, StackTop, argument);
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
