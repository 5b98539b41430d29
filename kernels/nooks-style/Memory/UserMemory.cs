// System call arguments that point into ring-3 memory must lie in the user half.

namespace NooksStyle.Memory;

public static class UserMemory
{
    public static bool IsValid(ulong address, ulong length)
        => address >= AddressSpace.UserBase && length <= AddressSpace.UserLimit - AddressSpace.UserBase
           && address <= AddressSpace.UserLimit - length;
}
