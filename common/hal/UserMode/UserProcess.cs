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
    public LoadedImage Image { get; }
    public int StackPages { get; }

    private UserProcess(AddressSpace space, Thread thread, LoadedImage image, int stackPages)
    {
        Space = space;
        Thread = thread;
        Image = image;
        StackPages = stackPages;
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
        return new UserProcess(space, thread, image, stackPages);
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

    private static void Release(AddressSpace space, ulong start, ulong end)
    {
        for (ulong page = start; page < end; page += 4096)
        {
            ulong frame = space.Unmap(page);
            if (frame != 0) PhysicalMemory.FreeFrame(frame);
        }
    }
}
