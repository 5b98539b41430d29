using System.Globalization;

namespace Minix.SystemConf;

/// <summary>
/// Parses <c>service NAME { KEY VALUE... ; ... };</c> blocks. Only the syntax is checked here
/// (unknown key, missing <c>;</c> or <c>}</c>, a bad number); whether names are known and
/// privileges consistent is <see cref="ServiceConfigChecker"/>'s business. After an error the
/// parser skips to the next <c>;</c> so that every error in the file is reported.
/// </summary>
public sealed class ServiceConfigParser
{
    /// <summary>The keys a service block may hold.</summary>
    public static readonly string[] Keys = ["ipc", "calls", "primitives", "io", "irq", "device", "pci", "restart", "heartbeat"];

    private readonly List<Token> tokens;
    private readonly string file;
    private readonly List<ConfigError> errors;
    private int next;

    private ServiceConfigParser(string text, string file, List<ConfigError> errors)
    {
        tokens = ConfigTokenizer.Tokenize(text);
        this.file = file;
        this.errors = errors;
    }

    /// <summary>Parses <paramref name="text"/>, adding syntax errors to <paramref name="errors"/>.</summary>
    public static ServiceConfig Parse(string text, string file, List<ConfigError> errors) =>
        new ServiceConfigParser(text, file, errors).ParseFile();

    private int LastLine => tokens.Count == 0 ? 1 : tokens[^1].Line;
    private bool AtEnd => next >= tokens.Count;
    private Token Peek => tokens[next];

    private void Error(int line, string message) => errors.Add(new ConfigError(file, line, message));

    private ServiceConfig ParseFile()
    {
        var config = new ServiceConfig();
        while (!AtEnd)
        {
            Token keyword = tokens[next++];
            if (!keyword.Is("service"))
            {
                Error(keyword.Line, $"expected 'service', found '{keyword.Text}'");
                SkipPast(";");
                continue;
            }
            if (AtEnd || IsMark(Peek)) { Error(keyword.Line, "missing service name after 'service'"); SkipPast(";"); continue; }
            Token name = tokens[next++];
            if (AtEnd || !Peek.Is("{")) { Error(name.Line, $"missing '{{' after 'service {name.Text}'"); SkipPast(";"); continue; }
            next++;
            var service = new ServicePrivileges(name.Text, keyword.Line);
            if (ParseBody(service)) ExpectBlockEnd(service);
            config.Services.Add(service);
        }
        return config;
    }

    /// <summary>Reads keys up to the closing brace; false when the block is never closed.</summary>
    private bool ParseBody(ServicePrivileges service)
    {
        var seen = new HashSet<string>();
        while (true)
        {
            if (AtEnd || Peek.Is("service"))
            {
                Error(AtEnd ? LastLine : Peek.Line, $"missing '}}' closing service '{service.Name}'");
                return false;
            }
            Token key = tokens[next++];
            if (key.Is("}")) return true;
            if (IsMark(key)) { Error(key.Line, $"unexpected '{key.Text}' in service '{service.Name}'"); continue; }
            if (!Keys.Contains(key.Text))
            {
                Error(key.Line, $"unknown key '{key.Text}' in service '{service.Name}'");
                SkipValues();
                continue;
            }
            List<Token>? values = ReadValues(key);
            if (values == null) continue;
            if (!seen.Add(key.Text)) { Error(key.Line, $"duplicate key '{key.Text}' in service '{service.Name}'"); continue; }
            ApplyKey(service, key, values);
        }
    }

    private void ExpectBlockEnd(ServicePrivileges service)
    {
        if (!AtEnd && Peek.Is(";")) { next++; return; }
        int line = AtEnd ? LastLine : Peek.Line;
        Error(line, $"missing ';' after '}}' of service '{service.Name}'");
    }

    /// <summary>
    /// The words after a key up to its <c>;</c>. A brace, the end of the file, or a key name on a
    /// later line means the <c>;</c> is missing; the parser then resumes at that token.
    /// </summary>
    private List<Token>? ReadValues(Token key)
    {
        var values = new List<Token>();
        while (true)
        {
            if (AtEnd || Peek.Is("{") || Peek.Is("}") || (Peek.Line > key.Line && (Keys.Contains(Peek.Text) || Peek.Is("service"))))
            {
                Error(key.Line, $"missing ';' after '{key.Text}'");
                return null;
            }
            Token value = tokens[next++];
            if (value.Is(";")) return values;
            values.Add(value);
        }
    }

    private void SkipValues()
    {
        while (!AtEnd && !Peek.Is(";") && !Peek.Is("}")) next++;
        if (!AtEnd && Peek.Is(";")) next++;
    }

    private void SkipPast(string mark)
    {
        while (!AtEnd && !tokens[next++].Is(mark)) { }
    }

    private static bool IsMark(Token token) => token.Is("{") || token.Is("}") || token.Is(";");

    private void ApplyKey(ServicePrivileges service, Token key, List<Token> values)
    {
        switch (key.Text)
        {
            case "ipc": service.Ipc.AddRange(values.Select(v => new Named(v.Text, v.Line))); break;
            case "calls": service.Calls.AddRange(values.Select(v => new Named(v.Text, v.Line))); break;
            case "primitives": service.Primitives.AddRange(values.Select(v => new Named(v.Text, v.Line))); break;
            case "io":
                service.IoLine = key.Line;
                foreach (Token value in values)
                    if (ParsePortRange(value) is PortRange range) service.Io.Add(range);
                break;
            case "irq":
                if (!One(key, values)) break;
                if (byte.TryParse(values[0].Text, NumberStyles.None, CultureInfo.InvariantCulture, out byte irq) && irq <= 15)
                {
                    service.Irq = irq;
                    service.IrqLine = key.Line;
                }
                else Error(values[0].Line, $"bad IRQ number '{values[0].Text}' (expected 0 to 15)");
                break;
            case "device":
                if (One(key, values)) service.Device = new Named(values[0].Text, values[0].Line);
                break;
            case "pci":
                if (One(key, values)) service.Pci = ParsePciId(values[0]);
                break;
            case "restart": ParseRestart(service, key, values); break;
            case "heartbeat":
                if (!One(key, values)) break;
                if (uint.TryParse(values[0].Text, NumberStyles.None, CultureInfo.InvariantCulture, out uint period)) service.Heartbeat = period;
                else Error(values[0].Line, $"bad number '{values[0].Text}' in heartbeat (expected ticks)");
                break;
        }
    }

    private bool One(Token key, List<Token> values)
    {
        if (values.Count == 1) return true;
        Error(key.Line, $"'{key.Text}' takes exactly one value, found {values.Count}");
        return false;
    }

    private PortRange? ParsePortRange(Token value)
    {
        string[] parts = value.Text.Split(':');
        if (parts.Length == 2
            && ushort.TryParse(parts[0], NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out ushort start)
            && ushort.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out ushort count)
            && count > 0 && start + count <= 0x10000)
            return new PortRange(start, count);
        Error(value.Line, $"bad I/O range '{value.Text}' (expected HEXBASE:COUNT within ports 0-ffff)");
        return null;
    }

    private (ushort, ushort)? ParsePciId(Token value)
    {
        string[] parts = value.Text.Split(':');
        if (parts.Length == 2
            && ushort.TryParse(parts[0], NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out ushort vendor)
            && ushort.TryParse(parts[1], NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out ushort device))
            return (vendor, device);
        Error(value.Line, $"bad PCI id '{value.Text}' (expected HEXVENDOR:HEXDEVICE)");
        return null;
    }

    /// <summary><c>restart restart;</c>, <c>restart backoff;</c> or <c>restart give-up-after K in T;</c>.</summary>
    private void ParseRestart(ServicePrivileges service, Token key, List<Token> values)
    {
        string kind = values.Count > 0 ? values[0].Text : "";
        if (values.Count == 1 && kind == "restart") service.Restart = new RestartPolicy(RestartKind.Restart, 0, 0);
        else if (values.Count == 1 && kind == "backoff") service.Restart = new RestartPolicy(RestartKind.Backoff, 0, 0);
        else if (values.Count == 4 && kind == "give-up-after" && values[2].Is("in"))
        {
            bool failuresOk = ushort.TryParse(values[1].Text, NumberStyles.None, CultureInfo.InvariantCulture, out ushort failures) && failures > 0;
            bool windowOk = uint.TryParse(values[3].Text, NumberStyles.None, CultureInfo.InvariantCulture, out uint window) && window > 0;
            if (!failuresOk) Error(values[1].Line, $"bad number '{values[1].Text}' in restart (expected a failure count)");
            if (!windowOk) Error(values[3].Line, $"bad number '{values[3].Text}' in restart (expected ticks)");
            if (failuresOk && windowOk) service.Restart = new RestartPolicy(RestartKind.GiveUpAfter, failures, window);
        }
        else Error(key.Line, "bad restart policy (expected 'restart', 'backoff' or 'give-up-after K in T')");
    }
}
