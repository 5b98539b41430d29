namespace Minix.SystemConf;

/// <summary>
/// What the reincarnation server does when the service dies or misses heartbeats (DSN 2009,
/// section 3.3: the policy is per service). Stored in the table as a u8.
/// </summary>
public enum RestartKind : byte
{
    /// <summary>No <c>restart</c> line: the service is not restarted.</summary>
    None = 0,
    /// <summary>Restart at once, every time.</summary>
    Restart = 1,
    /// <summary>Restart after a delay that doubles with each consecutive failure.</summary>
    Backoff = 2,
    /// <summary>Restart, but give up after K failures within T ticks.</summary>
    GiveUpAfter = 3,
}

/// <summary>A restart policy: for <see cref="RestartKind.GiveUpAfter"/>, K failures within T timer ticks.</summary>
public readonly record struct RestartPolicy(RestartKind Kind, ushort Failures, uint WindowTicks);
