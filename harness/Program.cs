using Testbed.Harness.Cli;

// The `testbed` command. The pipeline lives in the folders: Images (find and check a kernel),
// Qemu (run it), Protocol (read its serial port), Outcomes (judge the boot), Analysis
// (summarise measurements), Reports (console and CSV); Boot ties them together; Cli is the surface.
using var signals = new ShutdownSignals();
return await TestbedCli.RunAsync(args, Terminal.System(), repositoryRoot: null, signals.Token);
