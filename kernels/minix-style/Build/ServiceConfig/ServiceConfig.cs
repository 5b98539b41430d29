using MinixStyle.Abi;

namespace Minix.SystemConf;

/// <summary>
/// A parsed system.conf: the services in file order (the order gives each its bit in the
/// send masks) and the known names that the checker and the table writer share.
/// </summary>
public sealed class ServiceConfig
{
    /// <summary>
    /// Every kernel call by name, with the kernel's own number (Abi/KernelCallNumber.cs, compiled
    /// into this tool too): a call's bit in the table is its bit in the kernel's call mask, so
    /// RS hands the mask over unchanged. NULL (the floor of a kernel call) is the benchmarks'.
    /// </summary>
    public static readonly IReadOnlyDictionary<string, int> KernelCalls = new Dictionary<string, int>
    {
        ["EXIT"] = KernelCallNumber.Exit, ["GETINFO"] = KernelCallNumber.GetInfo, ["DIAGCTL"] = KernelCallNumber.DiagCtl,
        ["NULL"] = KernelCallNumber.Null, ["SETALARM"] = KernelCallNumber.SetAlarm, ["DEVIO"] = KernelCallNumber.DevIo,
        ["IRQCTL"] = KernelCallNumber.IrqCtl, ["SDEVIO"] = KernelCallNumber.SDevIo, ["VDEVIO"] = KernelCallNumber.VDevIo,
        ["UMAP"] = KernelCallNumber.Umap, ["SETGRANT"] = KernelCallNumber.SetGrant, ["SAFECOPY"] = KernelCallNumber.SafeCopy,
        ["KILL"] = KernelCallNumber.Kill, ["EXEC"] = KernelCallNumber.Exec, ["PRIVCTL"] = KernelCallNumber.PrivCtl,
        ["TIMES"] = KernelCallNumber.Times, ["FORK"] = KernelCallNumber.Fork, ["CLEAR"] = KernelCallNumber.Clear,
    };

    /// <summary>Every IPC primitive by name, with the kernel's number (Abi/IpcCall.cs): its bit in the kernel's primitive mask.</summary>
    public static readonly IReadOnlyDictionary<string, int> IpcPrimitives = new Dictionary<string, int>
    {
        ["SEND"] = (int)IpcCall.Send, ["RECEIVE"] = (int)IpcCall.Receive, ["SENDREC"] = (int)IpcCall.SendRec,
        ["NOTIFY"] = (int)IpcCall.Notify, ["SENDNB"] = (int)IpcCall.SendNb, ["REPLYRECEIVE"] = (int)IpcCall.ReplyReceive,
    };

    /// <summary>The service whose block is the template for user processes (EDCC 2006, section 4.1).</summary>
    public const string UserTemplate = "user";

    /// <summary>The IPC target meaning every service.</summary>
    public const string AllTargets = "ALL";

    public List<ServicePrivileges> Services { get; } = [];
}
