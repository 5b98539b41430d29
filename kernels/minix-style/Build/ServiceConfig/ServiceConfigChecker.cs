namespace Minix.SystemConf;

/// <summary>
/// Refuses a configuration that would give a service privileges it must not have (EDCC 2006,
/// section 4: least authority per service; DSN 2009, section 3: drivers confined to their own
/// device's ports and IRQ). Every problem is reported; none stops the others being found.
/// </summary>
public static class ServiceConfigChecker
{
    /// <summary>The send mask and the table's name field set these limits.</summary>
    public const int MaxServices = 32, MaxNameLength = 15, MaxPortRanges = 4;

    /// <summary>Parses and checks <paramref name="text"/>; the configuration is accepted when no errors come back.</summary>
    public static (ServiceConfig Config, List<ConfigError> Errors) Check(string text, string file = "system.conf")
    {
        var errors = new List<ConfigError>();
        ServiceConfig config = ServiceConfigParser.Parse(text, file, errors);
        void Error(int line, string message) => errors.Add(new ConfigError(file, line, message));

        var firstLine = new Dictionary<string, int>();
        foreach (var service in config.Services)
        {
            if (!firstLine.TryAdd(service.Name, service.Line))
                Error(service.Line, $"duplicate service '{service.Name}' (first at line {firstLine[service.Name]})");
            if (service.Name.Length > MaxNameLength)
                Error(service.Line, $"service name '{service.Name}' is longer than {MaxNameLength} characters");
        }
        if (config.Services.Count > MaxServices)
            Error(config.Services[MaxServices].Line, $"more than {MaxServices} services (the send mask has {MaxServices} bits)");

        foreach (var service in config.Services) CheckNames(service, firstLine, Error);
        foreach (var service in config.Services) CheckHardware(service, Error);
        CheckSharing(config, Error);
        return (config, errors);
    }

    private static void CheckNames(ServicePrivileges service, Dictionary<string, int> services, Action<int, string> error)
    {
        foreach (var call in service.Calls.Where(c => !ServiceConfig.KernelCalls.ContainsKey(c.Name)))
            error(call.Line, $"unknown kernel call '{call.Name}' in service '{service.Name}'");
        foreach (var primitive in service.Primitives.Where(p => !ServiceConfig.IpcPrimitives.ContainsKey(p.Name)))
            error(primitive.Line, $"unknown IPC primitive '{primitive.Name}' in service '{service.Name}'");
        foreach (var target in service.Ipc.Where(t => t.Name != ServiceConfig.AllTargets && !services.ContainsKey(t.Name)))
            error(target.Line, $"unknown IPC target '{target.Name}' in service '{service.Name}'");
        // User processes may only call servers and wait for the reply (EDCC 2006, section 4.1):
        // no asynchronous primitive can be turned against a server by an untrusted process.
        if (service.Name == ServiceConfig.UserTemplate)
            foreach (var primitive in service.Primitives.Where(p => p.Name != "SENDREC" && ServiceConfig.IpcPrimitives.ContainsKey(p.Name)))
                error(primitive.Line, $"user processes may only use SENDREC, not '{primitive.Name}'");
    }

    private static void CheckHardware(ServicePrivileges service, Action<int, string> error)
    {
        if (service.Io.Count > MaxPortRanges)
            error(service.IoLine, $"service '{service.Name}' has {service.Io.Count} I/O ranges (at most {MaxPortRanges})");
        foreach (string call in new[] { "DEVIO", "SDEVIO" })
            if (service.Calls.FirstOrDefault(c => c.Name == call) is { Name: not null } named && service.Io.Count == 0 && service.Pci == null)
                error(named.Line, $"service '{service.Name}' has kernel call {call} but no 'io' or 'pci'");
        if (service.Calls.FirstOrDefault(c => c.Name == "IRQCTL") is { Name: not null } irqctl && service.Irq == null && service.Pci == null)
            error(irqctl.Line, $"service '{service.Name}' has kernel call IRQCTL but no 'irq' or 'pci'");

        if (service.Device is not Named device) return;
        if (!KnownDevices.All.TryGetValue(device.Name, out DeviceNeeds? needs))
        {
            error(device.Line, $"unknown device '{device.Name}' in service '{service.Name}' (known: {string.Join(", ", KnownDevices.All.Keys)})");
            return;
        }
        foreach (PortRange port in needs.Ports.Where(p => !service.Io.Any(r => r.Contains(p))))
            error(device.Line, $"driver '{service.Name}' for device '{device.Name}' lacks I/O ports {port.Base:x}:{port.Count}");
        if (needs.Irq is byte irq && service.Irq != irq)
            error(device.Line, $"driver '{service.Name}' for device '{device.Name}' lacks IRQ {irq}");
        if (needs.Pci is var (vendor, id) && service.Pci != (vendor, id))
            error(device.Line, $"driver '{service.Name}' for PCI device '{device.Name}' lacks 'pci {vendor:x4}:{id:x4};'");
    }

    /// <summary>No two services may share a port or an IRQ line (DSN 2009, section 3.1).</summary>
    private static void CheckSharing(ServiceConfig config, Action<int, string> error)
    {
        for (int later = 0; later < config.Services.Count; later++)
            for (int earlier = 0; earlier < later; earlier++)
            {
                ServicePrivileges a = config.Services[earlier], b = config.Services[later];
                foreach (PortRange rb in b.Io)
                    foreach (PortRange ra in a.Io.Where(ra => ra.Overlaps(rb)))
                        error(b.IoLine, $"I/O ports {rb} of service '{b.Name}' overlap {ra} of service '{a.Name}' (line {a.IoLine})");
                if (b.Irq != null && b.Irq == a.Irq)
                    error(b.IrqLine, $"IRQ {b.Irq} of service '{b.Name}' is also given to service '{a.Name}' (line {a.IrqLine})");
            }
    }
}
