namespace Courseware.Cli.Watch;

/// <summary>Blocks until the user presses Ctrl+C (or the process gets SIGINT), without letting the runtime kill the process.</summary>
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
