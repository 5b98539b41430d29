// Where a restarted driver is now (MINIX 3: a driver's clients follow it through DS, DSN 2007,
// section 5.2): the endpoint RS published under its name, polled once a tick until it differs
// from the dead instance's. False when RS gave up on it (it publishes Endpoint.None) or no new
// instance appeared within the ticks given.

namespace MinixStyle.Processes.MinixLib;

public static unsafe class DriverLookup
{
    /// <summary>Ticks a client waits for RS to publish a new instance before its request fails.</summary>
    public const int Ticks = 100;

    private static MessageRoom s_room;

    public static bool NewInstance(ulong name, int dead, int ticks, out int endpoint)
    {
        Message* m = MessageRoom.Aligned(ref s_room);
        endpoint = dead;
        for (int tick = 0; tick < ticks; tick++)
        {
            *m = default;
            m->Type = DsRequest.Retrieve;
            m->A1 = name;
            if (Ipc.SendRec(Endpoint.Ds, m) == IpcStatus.Ok && m->A3 == DsStatus.Ok)
            {
                endpoint = (int)(long)m->A2;
                if (endpoint == Endpoint.None) return false;
                if (endpoint != dead) return true;
            }
            Sys.Call(KernelCallNumber.SetAlarm, 1, 0, 0, 0, out _);
            Ipc.Receive(Endpoint.Clock, m);
        }
        return false;
    }
}
