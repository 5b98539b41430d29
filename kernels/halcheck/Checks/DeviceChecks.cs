// The timer's one-shot mode fires exactly once; the UART's receive path delivers what
// its transmitter sent (internal loopback, so nothing reaches the harness).

namespace Halcheck.Checks;

public static unsafe class DeviceChecks
{
    private static ulong s_oneShotFired;

    public static void Run()
    {
        OneShot();
        SerialLoopback();
    }

    private static void OneShot()
    {
        s_oneShotFired = 0;
        Pit.StartOneShot(1193, &OnOneShot);   // about 1 ms of guest time
        Cpu.EnableInterrupts();
        ulong start = Cpu.ReadTsc();
        while (s_oneShotFired == 0 && Cpu.ReadTsc() - start < 100_000_000) { }
        // Keep waiting as long again: a periodic timer would fire a second time.
        ulong firstAt = Cpu.ReadTsc() - start;
        while (Cpu.ReadTsc() - start < 3 * firstAt + 10_000) { }
        Cpu.DisableInterrupts();
        Pit.Stop();
        Report.CheckValue("timer.one-shot", s_oneShotFired == 1, "fired", s_oneShotFired);
    }

    private static void OnOneShot(InterruptFrame* frame) => s_oneShotFired++;

    private static void SerialLoopback()
    {
        Uart16550.SetLoopback(true);
        while (Uart16550.TryRead(out _)) { }
        const string Message = "tb!";
        bool ok = true;
        for (int i = 0; i < Message.Length; i++)
        {
            Uart16550.WriteRaw((byte)Message[i]);
            ulong start = Cpu.ReadTsc();
            byte received = 0;
            bool got = false;
            while (!got && Cpu.ReadTsc() - start < 10_000_000) got = Uart16550.TryRead(out received);
            ok &= got && received == Message[i];
        }
        Uart16550.SetLoopback(false);
        Report.Check("serial.receive-loopback", ok);
    }
}
