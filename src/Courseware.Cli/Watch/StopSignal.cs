using System.Runtime.InteropServices;

namespace Courseware.Cli.Watch;

/// <summary>Blocks until the user presses Ctrl+C (SIGINT) or the process is asked to end (SIGTERM), without letting the runtime kill the process first.</summary>
internal static class StopSignal
{
    public static void Wait()
    {
        using var stopped = new ManualResetEventSlim();
        ConsoleCancelEventHandler handler = (_, e) =>
        {
            e.Cancel = true;
            stopped.Set();
        };
        Console.CancelKeyPress += handler;
        using var terminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, context =>
        {
            context.Cancel = true;
            stopped.Set();
        });
        try
        {
            stopped.Wait();
        }
        finally
        {
            Console.CancelKeyPress -= handler;
        }
    }
}
