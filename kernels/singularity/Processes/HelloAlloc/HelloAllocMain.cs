// Hello, with objects: its runtime's allocator takes pages from the kernel on demand, so
// its footprint counts those heap pages too. Checks that its own heap and virtual calls work.
using System.Runtime;
using Singularity.Processes.SipLibrary;

namespace Singularity.Processes.HelloAlloc;

public static class HelloAllocMain
{
    private class Node
    {
        public Node Next;
        public long Value;
        public virtual long Weight() => Value;
    }

    private sealed class HeavyNode : Node
    {
        public override long Weight() => Value * 2;
    }

    [RuntimeExport("tb_sip_main")]
    private static long Main(long argument)
    {
        Node list = null;
        for (int i = 0; i < 100; i++)
        {
            Node node = i % 2 == 0 ? new Node() : new HeavyNode();
            node.Value = i;
            node.Next = list;
            list = node;
        }
        long sum = 0;
        for (Node n = list; n != null; n = n.Next) sum += n.Weight();
        // 0+2+...+98 = 2450 for the plain nodes, 2*(1+3+...+99) = 5000 for the heavy ones.
        Sip.Check("sip.own-heap-and-virtual-calls", sum == 7450, (ulong)sum);
        Sip.Log("hello, world (with an allocator)");
        return 0;
    }
}
