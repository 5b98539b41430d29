// Send rights come in pairs between system processes (MINIX 3: set_sendto_bit in
// kernel/system.c sets the reverse bit when the target is a system process), so that a server
// or driver can answer whoever may call it without system.conf naming every client. A user
// process gains no right back: the servers it may call can answer it, it can reach only those
// its own mask names (EDCC 2006, section 4.1). The kernel's tasks are outside both rules.
namespace MinixStyle.Tasks;

public static class SendRights
{
    /// <summary>The slot's mask was just set: its targets may answer it, and a system process may answer those who may call it.</summary>
    public static void Pair(int slot)
    {
        ref Proc p = ref ProcessTable.Procs[slot];
        ulong bit = 1UL << slot;
        bool system = IsSystem(ref p.Privileges);
        for (int other = 0; other < ProcessTable.FirstTaskSlot; other++)
        {
            if (other == slot || !ProcessTable.Procs[other].InUse) continue;
            ref Privileges them = ref ProcessTable.Procs[other].Privileges;
            if (p.Privileges.MaySendTo(other) && IsSystem(ref them)) them.SendTo |= bit;
            if (system && them.MaySendTo(slot)) p.Privileges.SendTo |= 1UL << other;
        }
    }

    private static bool IsSystem(ref Privileges p) => p.Primitives != Privileges.UserPrimitives;

    /// <summary>The slot is freed (SYS_CLEAR): nobody keeps a right to whoever gets it next.</summary>
    public static void Forget(int slot)
    {
        for (int other = 0; other < ProcessTable.Slots; other++) ProcessTable.Procs[other].Privileges.SendTo &= ~(1UL << slot);
    }
}
