using System.Diagnostics;

namespace Courseware.Benchmarks.Measurement;

/// <summary>Times one run of a stage: wall (Stopwatch), process CPU, bytes allocated by all threads, and the peak working set sampled every 10 ms.</summary>
public static class StageClock
{
    public static StageResult Measure(string stage, int pages, Func<long> run)
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        using var process = Process.GetCurrentProcess();
        var cpuBefore = process.TotalProcessorTime;
        var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
        long peak = Environment.WorkingSet;
        using var stop = new CancellationTokenSource();
        var sampler = new Thread(() =>
        {
            while (!stop.IsCancellationRequested)
            {
                var ws = Environment.WorkingSet;
                if (ws > Interlocked.Read(ref peak))
                {
                    Interlocked.Exchange(ref peak, ws);
                }

                Thread.Sleep(10);
            }
        }) { IsBackground = true, Name = "working-set sampler" };
        sampler.Start();

        var watch = Stopwatch.StartNew();
        long output = 0;
        string? note = null;
        try
        {
            output = run();
        }
        catch (OperationCanceledException)
        {
            note = "FAILED: stage timeout";
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            note = $"FAILED: {e.GetType().Name}: {e.Message}";
        }

        watch.Stop();
        stop.Cancel();
        sampler.Join();
        process.Refresh();
        var final = Environment.WorkingSet;
        return new StageResult(
            stage,
            pages,
            watch.Elapsed,
            process.TotalProcessorTime - cpuBefore,
            GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore,
            Math.Max(Interlocked.Read(ref peak), final),
            output,
            note);
    }
}
