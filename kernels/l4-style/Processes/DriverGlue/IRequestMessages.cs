// A device class's request protocol in l4-style message registers: the request the client
// put in them, and the reply that replaces it. A struct, so DriverTask's call is direct.
using L4Style.Processes.UserLib;

namespace L4Style.Processes.DriverGlue;

public interface IRequestMessages<TDriver>
{
    /// <summary>Serves the request in <paramref name="m"/> and leaves the reply in it.</summary>
    void Handle(ref TDriver driver, ref Message m);
}
