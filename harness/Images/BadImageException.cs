namespace Testbed.Harness.Images;

/// <summary>The image cannot be booted (or the kernel name is unknown): exit code 7.</summary>
public sealed class BadImageException(string message) : HarnessException(ExitCodes.BadImage, message);
