// Interrupts are notifications (MINIX 3: kernel/interrupt.c and generic_handler in
// system/do_irqctl.c): the generic handler of an attached line sets the line's bit in the
// driver's pending interrupts and notifies it from HARDWARE, without blocking; the HAL has
// masked the line, and the driver unmasks it with IRQCTL once it has served its device.
namespace MinixStyle.Drivers;

public static unsafe class InterruptNotify
{
    private static int[] s_owner;

    public struct ToAttachedProcess : IIrqPolicy
    {
        public void Fired(InterruptFrame* frame, int line)
        {
            int slot = s_owner[line];
            if (slot == ProcessTable.NoSlot || ProcessTable.Procs[slot].Exited) return;
            ProcessTable.Procs[slot].IrqPending |= (ushort)(1 << line);
            Rendezvous.NotifyFrom(Endpoint.Hardware, Rendezvous.HardwareBit, slot);
        }
    }

    public static void Initialize()
    {
        IrqLines<ToAttachedProcess>.Initialize();
        s_owner = new int[IrqLines<ToAttachedProcess>.Count];
        for (int i = 0; i < s_owner.Length; i++) s_owner[i] = ProcessTable.NoSlot;
    }

    public static bool Attach(int slot, int line)
    {
        if (!IrqLines<ToAttachedProcess>.Connect(line)) return false;
        s_owner[line] = slot;
        return true;
    }

    public static bool IsOwner(int slot, int line) => line >= 0 && line < s_owner.Length && s_owner[line] == slot;

    public static void Enable(int line) => IrqLines<ToAttachedProcess>.Rearm(line);

    public static void Disable(int line) => Pic.Mask(line);

    /// <summary>True while a live process that owns a line waits for HARDWARE alone: only an interrupt can wake it. (A driver that waits with a timeout has an alarm; one idle in receive from anyone is a server waiting for requests, as PM is.)</summary>
    public static bool AnyWaiting()
    {
        for (int line = 0; line < s_owner.Length; line++)
        {
            int slot = s_owner[line];
            if (slot != ProcessTable.NoSlot && !ProcessTable.Procs[slot].Exited && ProcessTable.Procs[slot].Receiving && ProcessTable.Procs[slot].ReceiveFrom == Endpoint.Hardware) return true;
        }
        return false;
    }

    /// <summary>A process ended: its lines are masked and free again.</summary>
    public static void Release(int slot)
    {
        for (int line = 0; line < s_owner.Length; line++)
        {
            if (s_owner[line] != slot) continue;
            IrqLines<ToAttachedProcess>.Disconnect(line);
            s_owner[line] = ProcessTable.NoSlot;
        }
    }
}
