// A driver that serves one kind of request: what a host that only moves requests needs
// (nooks-style's driver image passes the kernel's request and reply through untouched).
namespace Testbed.Drivers.Hosting;

public unsafe interface IRequestDriver<TRequest, TReply> : IDriver where TRequest : unmanaged where TReply : unmanaged
{
    /// <summary>One request; the reply says how it ended (IoStatus) and how much moved.</summary>
    void Handle(TRequest* request, TReply* reply);
}
