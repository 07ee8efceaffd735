using Courseware.Diagnostics;
using Courseware.Loading;
using Courseware.Model;

namespace Courseware.Tests.Loading;

/// <summary>A page read ahead is read once, by the first thread that comes to it; the others wait for it or skip it.</summary>
public class PageReadAheadTests
{
    private static (Page? Page, DiagnosticBag Diagnostics) NewPage(ref int reads)
    {
        Interlocked.Increment(ref reads);
        return (new Page { Path = "p.md", DiskPath = "p.md", Title = "P", Document = new Markdig.Syntax.MarkdownDocument() }, new DiagnosticBag());
    }

    [Fact]
    public void A_page_the_walk_has_taken_is_skipped_by_a_worker()
    {
        var reads = 0;
        var ahead = new PageReadAhead(() => NewPage(ref reads));

        var (page, _) = ahead.Take();
        ahead.RunUnlessTaken();

        Assert.NotNull(page);
        Assert.Equal(1, reads);
    }

    [Fact]
    public async Task The_walk_waits_for_the_worker_that_is_reading_the_page()
    {
        var reads = 0;
        using var started = new ManualResetEventSlim();
        using var release = new ManualResetEventSlim();
        var ahead = new PageReadAhead(() =>
        {
            started.Set();
            release.Wait();
            return NewPage(ref reads);
        });
        var worker = Task.Run(ahead.RunUnlessTaken);
        started.Wait();

        var taking = Task.Run(ahead.Take);
        await Task.Delay(50);
        Assert.False(taking.IsCompleted);
        release.Set();

        Assert.NotNull((await taking).Page);
        await worker;
        Assert.Equal(1, reads);
    }

    [Fact]
    public void A_dropped_page_is_never_read()
    {
        var reads = 0;
        var ahead = new PageReadAhead(() => NewPage(ref reads));

        ahead.Drop();
        ahead.RunUnlessTaken();

        Assert.Equal(0, reads);
    }

    [Fact]
    public async Task A_failure_on_a_worker_is_thrown_to_the_walk()
    {
        var ahead = new PageReadAhead(() => throw new InvalidOperationException("unreadable"));
        await Task.Run(ahead.RunUnlessTaken);

        Assert.Equal("unreadable", Assert.Throws<InvalidOperationException>(() => ahead.Take()).Message);
    }
}
