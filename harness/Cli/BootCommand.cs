namespace Testbed.Harness.Cli;

/// <summary><c>testbed boot &lt;kernel&gt;</c>: boot once, show the log and checks live, exit with the outcome's code.</summary>
internal static class BootCommand
{
    public static Command Create(CliContext context)
    {
        var kernel = CommandOptions.Kernel();
        var accel = CommandOptions.Accel("auto", "auto", "kvm", "tcg");
        var icount = CommandOptions.Flag("--icount",
            "Deterministic TCG (-icount shift=0,sleep=off): the guest's TSC counts retired instructions");
        var timeout = CommandOptions.Timeout(defaultSeconds: 30);
        var append = CommandOptions.Append();
        var gdb = CommandOptions.Flag("--gdb",
            "Start QEMU's gdb server on localhost:1234 and wait for the debugger; disables the watchdog");

        var model = ModelOption.Create();
        var modelOutput = ModelOption.Output();

        var command = new Command("boot", "Boot a kernel under QEMU and report its checks") { kernel, accel, icount, timeout, append, gdb, model, modelOutput };
        command.Validators.Add(result =>
        {
            // Instruction counting is a TCG feature; KVM runs the guest on the real CPU.
            if (result.GetValue(icount) && result.GetValue(accel) == "kvm")
                result.AddError("--icount needs TCG; it cannot be combined with --accel kvm");
            if (result.GetValue(model) is not null && result.GetValue(accel) == "kvm")
                result.AddError("--model needs TCG with icount; it cannot be combined with --accel kvm");
        });
        command.SetAction((parse, cancellation) => CommandGuard.RunAsync(context.Terminal, async () =>
        {
            var cpuModel = ModelOption.Resolve(parse.GetValue(model), context);
            var request = new BootRequest(KernelCatalog.Resolve(parse.GetValue(kernel)!, context.RepositoryRoot))
            {
                Accel = cpuModel is null ? AccelRequests.Parse(parse.GetValue(accel)!) : AccelRequest.Tcg,
                Icount = parse.GetValue(icount) || cpuModel is not null,
                Model = cpuModel,
                ModelOutput = ModelOption.OutputPath(parse.GetValue(modelOutput), cpuModel),
                Timeout = TimeSpan.FromSeconds(parse.GetValue(timeout)),
                Append = parse.GetValue(append),
                Gdb = parse.GetValue(gdb),
            };

            var console = new BootConsole(context.Terminal.Out);
            if (request.Gdb)
                console.ShowGdbHint(request.Image.ElfPath);
            var result = await BootSession.RunAsync(request, console, cancellation);

            var rows = ModelOption.WithModelled(Analysis.BenchRows.From(result.Image.Name, result.Mode, result.Records), result);
            if (rows.Count > 0)
                context.Terminal.Out.Write(BenchTable.Render(rows));
            ModelOption.ShowNotModelled(context.Terminal.Out, result);
            console.ShowVerdict(result, request.Timeout);
            return result.ExitCode;
        }));
        return command;
    }
}
