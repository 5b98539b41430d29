// A kernel task's one message, static kernel data named by its address (UserMessage trusts a
// task's addresses): the system task's request and reply, the clock task's wake-up.
using System.Runtime.InteropServices;

namespace MinixStyle.Tasks;

[StructLayout(LayoutKind.Sequential, Size = Message.Size)]
public struct TaskMessageRoom
{
    public static unsafe Message* Of(ref TaskMessageRoom room) => (Message*)Unsafe.AsPointer(ref room);
}
