namespace Minix.SystemConf;

/// <summary>
/// A parsed system.conf: the services in file order (the order gives each its bit in the
/// send masks) and the known names that the checker and the table writer share.
/// </summary>
public sealed class ServiceConfig
{
    /// <summary>Every kernel call; a call's bit in the table's call bitmap is its index here.</summary>
    public static readonly string[] KernelCalls =
        ["FORK", "EXEC", "EXIT", "KILL", "DEVIO", "SDEVIO", "IRQCTL", "SAFECOPY", "SETGRANT", "UMAP", "PRIVCTL", "GETINFO", "TIMES", "SETALARM"];

    /// <summary>Every IPC primitive; a primitive's bit in the primitive bitmap is its index here.</summary>
    public static readonly string[] IpcPrimitives = ["SEND", "RECEIVE", "SENDREC", "SENDNB", "NOTIFY", "REPLYRECEIVE"];

    /// <summary>The service whose block is the template for user processes (EDCC 2006, section 4.1).</summary>
    public const string UserTemplate = "user";

    /// <summary>The IPC target meaning every service.</summary>
    public const string AllTargets = "ALL";

    public List<ServicePrivileges> Services { get; } = [];
}
