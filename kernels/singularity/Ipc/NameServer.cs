// The root name server (paper section 2.2: "the name space ... binds names to channels"):
// a service registers a path from its manifest's exports (`/dev/echo`), a client that
// imports the path connects and gets the importing end of a fresh channel, and the
// service accepts the exporting end. The contract's transition table comes with the
// registration and governs every channel made for the path.

namespace Singularity.Ipc;

public static class NameServer
{
    private sealed class Service
    {
        public string Path;             // the registering SIP's string: the entry dies with that SIP
        public Sip Owner;
        public ContractTable Contract;
        public Endpoint[] Pending = new Endpoint[8];
        public int PendingCount;
        public Thread Waiter;
    }

    private static Service[] s_services = new Service[16];

    public static long Register(Sip caller, string path, long[] transitions)
    {
        if (caller == null || (object)path == null || (object)transitions == null || !caller.Manifest.ExportsPath(path)) return -2;
        int free = -1;
        for (int i = 0; i < s_services.Length; i++)
        {
            if (s_services[i] == null) { if (free < 0) free = i; continue; }
            if (s_services[i].Path == path) return -2;      // someone else serves it
        }
        if (free < 0) return -2;
        ContractTable contract = ContractTable.Compile(transitions);
        if (contract == null) return -2;
        s_services[free] = new Service { Path = path, Owner = caller, Contract = contract };
        // A restarted driver that registers its path is initialised and ready to serve.
        if (caller == Drivers.RecoveryStamps.Fresh && !Drivers.RecoveryStamps.Reinitialised.IsSet)
            Drivers.RecoveryStamps.Reinitialised = Drivers.RecoveryStamps.Now();
        return free;
    }

    public static long Connect(Sip caller, string path)
    {
        if (caller == null || (object)path == null || !caller.Manifest.ImportsPath(path)) return -2;
        for (int i = 0; i < s_services.Length; i++)
        {
            Service service = s_services[i];
            if (service == null || service.Path != path) continue;
            if (service.PendingCount == service.Pending.Length) return -2;
            if (!Endpoints.CreateChannel(caller, service.Owner, service.Contract, out Endpoint imp, out Endpoint exp)) return -2;
            service.Pending[service.PendingCount++] = exp;
            if (service.Waiter != null)
            {
                Thread waiter = service.Waiter;
                service.Waiter = null;
                Scheduler.MakeReady(waiter);
            }
            return imp.Handle;
        }
        return -1;      // not registered (yet, or any more): the client may retry
    }

    public static long Accept(Sip caller, ulong listener)
    {
        if (listener >= (ulong)s_services.Length) return -2;
        Service service = s_services[listener];
        if (service == null || service.Owner != caller) return -2;
        while (service.PendingCount == 0)
        {
            service.Waiter = Thread.Current;
            Scheduler.Block();
        }
        Endpoint exp = service.Pending[0];
        for (int i = 1; i < service.PendingCount; i++) service.Pending[i - 1] = service.Pending[i];
        service.PendingCount--;
        return exp.Handle;
    }

    public static void RemoveAllOf(Sip sip)
    {
        for (int i = 0; i < s_services.Length; i++)
            if (s_services[i] != null && s_services[i].Owner == sip) s_services[i] = null;
    }
}
