using System.Runtime.ExceptionServices;
using Courseware.Model;

namespace Courseware.Loading;

/// <summary>Runs one piece of work for every page of a course on every core; the results come back in page order.</summary>
internal static class PerPage
{
    /// <summary>
    /// Calls <paramref name="work"/> for each page, with a state of the thread's own (<paramref name="newState"/>, reused for
    /// the pages that thread takes); returns the results in the order of <paramref name="pages"/>, whatever the order in
    /// which they were made. An exception thrown by the work is thrown again as it is.
    /// </summary>
    public static TResult[] Run<TState, TResult>(IReadOnlyList<Page> pages, Func<TState> newState, Func<Page, TState, TResult> work)
    {
        var results = new TResult[pages.Count];
        if (pages.Count < 2 || Environment.ProcessorCount < 2)
        {
            var state = newState();
            for (var i = 0; i < pages.Count; i++)
            {
                results[i] = work(pages[i], state);
            }

            return results;
        }

        try
        {
            Parallel.For(
                0,
                pages.Count,
                new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount },
                newState,
                (i, _, state) =>
                {
                    results[i] = work(pages[i], state);
                    return state;
                },
                static _ => { });
        }
        catch (AggregateException e) when (e.InnerExceptions.Count > 0)
        {
            ExceptionDispatchInfo.Throw(e.InnerExceptions[0]);
        }

        return results;
    }
}
