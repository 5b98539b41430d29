namespace Minix.SystemConf;

/// <summary>One reason a configuration is refused, printed as <c>FILE:LINE: message</c>.</summary>
public sealed record ConfigError(string File, int Line, string Message)
{
    public override string ToString() => $"{File}:{Line}: {Message}";
}
