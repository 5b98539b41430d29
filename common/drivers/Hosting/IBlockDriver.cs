// A block device driver (AtaDriver): sector reads and writes in the shape of BlockRequest,
// so a personality hosts any disk with one generic host.
using Testbed.Drivers.Requests;

namespace Testbed.Drivers.Hosting;

public interface IBlockDriver : IRequestDriver<BlockRequest, BlockReply>
{
    /// <summary>Sectors on the device (valid after a successful Initialize).</summary>
    ulong Capacity { get; }
}
