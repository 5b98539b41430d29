namespace Testbed.Drivers.Requests;

/// <summary>How a block or packet request ended; shared by drivers, kernels and workloads.</summary>
public static class IoStatus
{
    public const int Ok = 0;
    public const int DeviceError = -1;
    public const int Timeout = -2;
    public const int Invalid = -3;
    public const int NoDevice = -4;
    /// <summary>The driver failed (crashed, hung or answered nonsense) and could not be recovered.</summary>
    public const int DriverFailed = -5;
}
