// RS, the reincarnation server (Herder et al., DSN 2007, section 4; DSN 2009, section 3): the
// guardian of every service in its table. It learns of a failure three ways: PM reports a
// service that ended (its exit, or a CPU exception the kernel turned into an ending), or the
// service misses its heartbeat (a ping unanswered for a whole period: hung, so RS kills it).
// Then its policy decides: restart from the pristine boot image (SYS_EXEC), later, or give up.
// RS never blocks on a service: pings are notifications, and it sends nothing else to them.
// When no workload is left alive, RS stops its clock and the run can end.
using Testbed.Drivers.Faults;

namespace MinixStyle.Processes.Rs;

public static unsafe class RsMain
{
    /// <summary>The clock of RS's rounds (heartbeat deadlines and delayed restarts), in ticks.</summary>
    public const ulong RoundTicks = 10;
    /// <summary>The exit code RS gives a service it kills for missing its heartbeat.</summary>
    public const int HungExitCode = -200;

    private static MessageRoom s_room;
    /// <summary>system.conf's services with a process here (ds, pm, fs, net, ata, rtl8139) and the user template.</summary>
    private const int ExpectedGrants = 7;

    [RuntimeExport("tb_process_main")]
    private static int Main(ulong argument)
    {
        byte* table = (byte*)RsLayout.Address(argument);
        if (!ServiceTable.Load(table, RsLayout.Size(argument))) return 1;
        Message* m = MessageRoom.Aligned(ref s_room);
        // Before any service runs: the kernel's refusals, then every service's privileges.
        Diag.Check(CheckId.PrivCtlBadRequestRefused, PrivilegeGrant.BadRequestsRefused(), 0);
        PrivilegeGrant.All(table, m);
        Diag.Check(CheckId.PrivilegesSetByRs, PrivilegeGrant.Refused == 0 && PrivilegeGrant.Granted == ExpectedGrants, (ulong)PrivilegeGrant.Granted);
        ulong now = Ticks();
        for (int i = 0; i < ServiceTable.Count; i++) ServiceTable.At(i)->PingAt = now;
        bool running = Arm();
        for (;;)
        {
            if (Ipc.Receive(Endpoint.Any, m) != IpcStatus.Ok) continue;
            if (m->Type != Notification.Type)
            {
                if (m->Source != Endpoint.Ds || m->Type != DsRequest.Reply) Request(m);
                continue;
            }
            int source = m->Source;
            if (source == Endpoint.Clock) running = running && Round(m);
            else
            {
                Pong(source);
                // PM's notification is its pong and its news of deaths alike: ask it.
                if (source == Endpoint.Pm) Deaths(m);
            }
        }
    }

    // A complaint: the service answered wrongly (DSN 2007, section 4.1); the reply never blocks RS.
    private static void Request(Message* m)
    {
        int client = m->Source;
        ulong status = unchecked((ulong)IpcStatus.BadCall);
        if (m->Type == RsRequest.Complain)
        {
            Service* s = ServiceTable.Find((int)(long)m->A1);
            status = unchecked((ulong)IpcStatus.BadEndpoint);
            if (s != null && s->State == ServiceState.Running)
            {
                Sys.Call(KernelCallNumber.Kill, (ulong)(long)s->Endpoint, unchecked((ulong)(long)HungExitCode), 0, 0, out _);
                Failed(s, m, Ticks(), FailureCause.Complaint);
                status = 0;
            }
        }
        if (m->Type == RsRequest.HungAt)
        {
            Service* hung = ServiceTable.FindBoot((int)(long)m->A1);
            Testbed.Guest.Measure.RecoveryStamp at = hung != null ? hung->HungAt : default;
            *m = default;
            m->Type = RsRequest.Reply;
            m->A1 = at.Tsc;
            m->A2 = at.Halted;
            m->A3 = at.IsSet ? 0 : unchecked((ulong)IpcStatus.NotReady);
            Ipc.SendNb(client, m);
            return;
        }
        ulong endpoint = 0;
        Service* measured = m->Type == RsRequest.ArmFault ? ServiceTable.Find((int)(long)m->A1) : null;
        if (m->Type == RsRequest.ArmFault && (measured == null || client == ServiceNames.RecoveryClient(measured->BootEndpoint)))
        {
            Service* s = measured;
            status = unchecked((ulong)IpcStatus.BadEndpoint);
            ulong plan = m->A2;
            if (s != null && s->State == ServiceState.Running)
            {
                FaultPlan armed = ServerFaultArgument.Unpack(plan, ServiceNames.FaultTargetOf(s->BootEndpoint));
                Sys.Call(KernelCallNumber.DiagCtl, DiagOp.FaultArmed, (ulong)armed.Target, (ulong)armed.Kind, armed.AtRequest, out _);
                Sys.Call(KernelCallNumber.Kill, (ulong)(long)s->Endpoint, 0, 0, 0, out _);
                ulong boot = Info(m, KernelCallNumber.GetInfoBootArgument, (ulong)(long)s->BootEndpoint);
                status = (ulong)Sys.Call(KernelCallNumber.Exec, (ulong)(long)s->Endpoint, ServerFaultArgument.ForRestart(boot) | plan, 0, 0, out endpoint);
                if (status == 0)
                {
                    s->Endpoint = (int)(long)endpoint;
                    s->PingAt = Ticks();
                    s->AwaitingPong = false;
                    Publish(s, m);
                }
            }
        }
        *m = default;
        m->Type = RsRequest.Reply;
        m->A1 = endpoint;
        m->A3 = status;
        Ipc.SendNb(client, m);
    }

    // Each round: stop if the run's workloads are gone; else find the hung, restart the due,
    // publish, and only then ping. Pinging last keeps DS in its receive while RS publishes a
    // restarted driver's endpoint (a publish is a sendnb: a DS still busy with its ping would
    // put the publish, and the driver's clients, off until the next round).
    private static bool Round(Message* m)
    {
        if (Info(m, KernelCallNumber.GetInfoWorkloads, 0) == 0) return false;
        ulong now = Ticks();
        for (int i = 0; i < ServiceTable.Count; i++)
        {
            Service* s = ServiceTable.At(i);
            if (s->State == ServiceState.WaitingToRestart && now >= s->RestartAt) Restart(s, m);
            if (s->State == ServiceState.Running && s->AwaitingPong && now - s->PingAt >= s->Heartbeat)
            {
                // The heartbeat's expiry, where a hang's recovery starts: before the kill.
                s->HungAt = new Testbed.Guest.Measure.RecoveryStamp(Tsc.Read(), Info(m, KernelCallNumber.GetInfoHaltedTsc, 0));
                Sys.Call(KernelCallNumber.Kill, (ulong)(long)s->Endpoint, unchecked((ulong)(long)HungExitCode), 0, 0, out _);
                Failed(s, m, now, FailureCause.Hung);
            }
            if (s->NeedsPublish && (s->State == ServiceState.Running || s->State == ServiceState.GaveUp)) Publish(s, m);
        }
        for (int i = 0; i < ServiceTable.Count; i++)
        {
            Service* s = ServiceTable.At(i);
            if (s->State != ServiceState.Running || s->Heartbeat == 0 || s->AwaitingPong || now - s->PingAt < s->Heartbeat) continue;
            s->AwaitingPong = true;
            s->PingAt = now;
            Ipc.Notify(s->Endpoint);
        }
        return Arm();
    }

    private static void Pong(int source)
    {
        Service* s = ServiceTable.Find(source);
        if (s == null || s->State != ServiceState.Running) return;
        s->AwaitingPong = false;
    }

    // PM's reports, one sendrec each until it has none (PM never blocks on RS: it notifies).
    private static void Deaths(Message* m)
    {
        for (;;)
        {
            *m = default;
            m->Type = PmRequest.NextDeath;
            if (Ipc.SendRec(Endpoint.Pm, m) != IpcStatus.Ok || m->A3 != 0) return;
            Service* s = ServiceTable.Find((int)(long)m->A1);
            if (s != null && s->State == ServiceState.Running) Failed(s, m, Ticks(), FailureCause.Of((long)m->A2));
        }
    }

    private static void Failed(Service* s, Message* m, ulong now, ulong cause)
    {
        s->DetectedTsc = Tsc.Read();
        s->Cause = cause;
        s->AwaitingPong = false;
        switch (RestartPolicy.Decide(s, now))
        {
            case RestartPolicy.Decision.RestartNow:
                Restart(s, m);
                return;
            case RestartPolicy.Decision.RestartLater:
                s->State = ServiceState.WaitingToRestart;
                return;
            case RestartPolicy.Decision.GiveUp:
                s->State = ServiceState.GaveUp;
                // Its clients looking it up in DS learn that no instance will come.
                s->Endpoint = Endpoint.None;
                s->NeedsPublish = !ServiceNames.HasFixedEndpoint(s->BootEndpoint);
                if (s->NeedsPublish) Publish(s, m);
                Report(m, s, RecoveryState.GaveUp, 0, RestartPolicy.FailuresWithin(s, now) - 1);
                return;
            default:
                s->State = ServiceState.Dead;
                return;
        }
    }

    // From the pristine copy of its boot image, with its boot argument (its fault plan only if persistent).
    private static void Restart(Service* s, Message* m)
    {
        ulong boot = Info(m, KernelCallNumber.GetInfoBootArgument, (ulong)(long)s->BootEndpoint);
        ulong flags = ServiceNames.HasFixedEndpoint(s->BootEndpoint) ? ExecFlags.KeepEndpoint : 0;
        long status = Sys.Call(KernelCallNumber.Exec, (ulong)(long)s->Endpoint, ServerFaultArgument.ForRestart(boot), flags, 0, out ulong endpoint);
        if (status != IpcStatus.Ok)
        {
            s->State = ServiceState.Dead;
            return;
        }
        s->Endpoint = (int)(long)endpoint;
        s->State = ServiceState.Running;
        s->PingAt = Ticks();
        s->Restarts++;
        Report(m, s, RecoveryState.Restarted, Tsc.Read() - s->DetectedTsc, s->Restarts);
        s->NeedsPublish = !ServiceNames.HasFixedEndpoint(s->BootEndpoint);
        if (s->NeedsPublish) Publish(s, m);
        // A new DS starts empty: every endpoint it held is published again.
        if (s->BootEndpoint == Endpoint.Ds)
            for (int i = 0; i < ServiceTable.Count; i++)
                ServiceTable.At(i)->NeedsPublish = !ServiceNames.HasFixedEndpoint(ServiceTable.At(i)->BootEndpoint);
    }

    // The service's current endpoint under its name in DS, where its clients look for it after a
    // restart. Non-blocking: if DS is not waiting, the next round tries again; DS's reply comes
    // to the main loop and is dropped there.
    private static void Publish(Service* s, Message* m)
    {
        *m = default;
        m->Type = DsRequest.Publish;
        m->A1 = s->Name;
        m->A2 = (ulong)(long)s->Endpoint;
        if (Ipc.SendNb(Endpoint.Ds, m) == IpcStatus.Ok) s->NeedsPublish = false;
    }

    private static void Report(Message* m, Service* s, ulong state, ulong instructions, ulong restarts)
    {
        *m = default;
        m->Type = KernelCallNumber.DiagCtl;
        m->A1 = DiagOp.Recovery;
        m->A2 = s->Name;
        m->A3 = state;
        m->A4 = instructions;
        m->A5 = restarts;
        m->A6 = s->GiveUpWindow;
        m->A7 = s->Cause;
        Ipc.KernelCall(m);
    }

    private static bool Arm() => Sys.Call(KernelCallNumber.SetAlarm, RoundTicks, 0, 0, 0, out _) == IpcStatus.Ok;

    private static ulong Ticks()
    {
        Sys.Call(KernelCallNumber.Times, 0, 0, 0, 0, out ulong ticks);
        return ticks;
    }

    private static ulong Info(Message* m, ulong what, ulong a2)
    {
        *m = default;
        m->Type = KernelCallNumber.GetInfo;
        m->A1 = what;
        m->A2 = a2;
        return Ipc.KernelCall(m) == IpcStatus.Ok ? m->A1 : 0;
    }
}
