namespace Testbed.Harness.Outcomes;

/// <summary>An option value the harness cannot act on (negative timeout, --icount with KVM ...): exit code 2.</summary>
public sealed class BadUsageException(string message) : HarnessException(ExitCodes.BadUsage, message);
