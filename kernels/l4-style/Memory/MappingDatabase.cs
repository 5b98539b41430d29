// The mapping database of recursive address spaces (Liedtke, "On µ-kernel construction",
// SOSP 1995, section 3.1; "Toward real microkernels", CACM 39(9), 1996): every mapped page
// of every task is a node, and a page mapped from A to B is a child of A's node. Unmap
// walks the subtree, so revoking a page revokes every mapping derived from it, however
// many tasks it went through. The roots are the pages the root task (sigma0) got at boot.

namespace L4Style.Memory;

public static unsafe class MappingDatabase
{
    public const int MaxNodes = 16384;
    private const int Buckets = 4096;

    private struct Node
    {
        public int Task, Parent, FirstChild, NextSibling, HashNext, Used, Writable, Pad;
        public ulong Page, Frame;
    }

    private static Node* s_nodes;         // index 0 is "none"
    private static int* s_buckets;
    private static int s_freeHint = 1;

    public static int Count { get; private set; }

    public static void Initialize()
    {
        s_nodes = (Node*)KernelHeap.Allocate((nuint)(MaxNodes * sizeof(Node)), 8);
        s_buckets = (int*)KernelHeap.Allocate(Buckets * 4, 8);
        if (s_nodes == null || s_buckets == null) Panic.Halt("l4: no memory for the mapping database");
    }

    public static int Find(int task, ulong page)
    {
        for (int n = s_buckets[Hash(task, page)]; n != 0; n = s_nodes[n].HashNext)
            if (s_nodes[n].Task == task && s_nodes[n].Page == page) return n;
        return 0;
    }

    public static ulong FrameOf(int node) => s_nodes[node].Frame;
    public static bool IsWritable(int node) => s_nodes[node].Writable != 0;
    public static int ParentOf(int node) => s_nodes[node].Parent;
    public static int TaskOf(int node) => s_nodes[node].Task;

    /// <summary>Maps frame at page in task and records it under parent (0: a root). Returns the node, 0 on failure.</summary>
    public static int Insert(int task, ulong page, ulong frame, bool writable, int parent)
    {
        int n = AllocateNode();
        if (n == 0) return 0;
        PageFlags flags = PageFlags.User | PageFlags.NoExecute | (writable ? PageFlags.Writable : 0);
        if (!TaskTable.Spaces[task].Map(page, frame, flags))
        {
            s_nodes[n].Used = 0;
            return 0;
        }
        Node* node = &s_nodes[n];
        node->Task = task;
        node->Page = page;
        node->Frame = frame;
        node->Writable = writable ? 1 : 0;
        node->Parent = parent;
        node->FirstChild = 0;
        node->NextSibling = 0;
        if (parent != 0)
        {
            node->NextSibling = s_nodes[parent].FirstChild;
            s_nodes[parent].FirstChild = n;
        }
        int bucket = Hash(task, page);
        node->HashNext = s_buckets[bucket];
        s_buckets[bucket] = n;
        Count++;
        return n;
    }

    /// <summary>Grant: the node moves to another task and address, keeping its place in the tree.</summary>
    public static bool Move(int n, int task, ulong page)
    {
        Node* node = &s_nodes[n];
        PageFlags flags = PageFlags.User | PageFlags.NoExecute | (node->Writable != 0 ? PageFlags.Writable : 0);
        if (!TaskTable.Spaces[task].Map(page, node->Frame, flags)) return false;
        UnmapPage(node->Task, node->Page);
        HashRemove(n);
        node->Task = task;
        node->Page = page;
        int bucket = Hash(task, page);
        node->HashNext = s_buckets[bucket];
        s_buckets[bucket] = n;
        return true;
    }

    /// <summary>Unmaps every mapping derived from node n, recursively; and n itself if asked.</summary>
    public static void Revoke(int n, bool includeSelf)
    {
        while (s_nodes[n].FirstChild != 0) Revoke(s_nodes[n].FirstChild, includeSelf: true);
        if (!includeSelf) return;
        Node* node = &s_nodes[n];
        if (node->Parent != 0)
        {
            int* link = &s_nodes[node->Parent].FirstChild;
            while (*link != n) link = &s_nodes[*link].NextSibling;
            *link = node->NextSibling;
        }
        UnmapPage(node->Task, node->Page);
        HashRemove(n);
        node->Used = 0;
        Count--;
        if (n < s_freeHint) s_freeHint = n;
    }

    /// <summary>
    /// The task's next node after node <paramref name="after"/> (0: from the start), for its
    /// destruction. Revoking a node only frees nodes, so one forward pass that revokes each
    /// node it finds meets every node of the task once: the whole table is read once per
    /// destruction, not once per node (which cost about 60,000 instructions a page).
    /// </summary>
    public static int NextOf(int task, int after)
    {
        for (int n = after + 1; n < MaxNodes; n++)
            if (s_nodes[n].Used != 0 && s_nodes[n].Task == task) return n;
        return 0;
    }

    private static void UnmapPage(int task, ulong page)
    {
        AddressSpace space = TaskTable.Spaces[task];
        space.Unmap(page);
        // The HAL only flushes for the space it activated itself; we switch CR3 directly.
        if (Cpu.ReadCr3() == space.Root) Cpu.InvalidatePage(page);
    }

    private static int AllocateNode()
    {
        for (int i = 0; i < MaxNodes - 1; i++)
        {
            int n = 1 + (s_freeHint - 1 + i) % (MaxNodes - 1);
            if (s_nodes[n].Used != 0) continue;
            s_nodes[n].Used = 1;
            s_freeHint = n + 1;
            return n;
        }
        return 0;
    }

    private static void HashRemove(int n)
    {
        int* link = &s_buckets[Hash(s_nodes[n].Task, s_nodes[n].Page)];
        while (*link != 0 && *link != n) link = &s_nodes[*link].HashNext;
        if (*link == n) *link = s_nodes[n].HashNext;
    }

    private static int Hash(int task, ulong page) => (int)(((page >> 12) ^ ((ulong)task * 0x9E3779B1UL)) & (Buckets - 1));
}
