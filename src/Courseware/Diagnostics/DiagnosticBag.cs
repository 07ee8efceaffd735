namespace Courseware.Diagnostics;

/// <summary>Collects diagnostics from every stage; safe to use from exporters running in parallel.</summary>
public sealed class DiagnosticBag
{
    private readonly List<Diagnostic> _items = [];
    private readonly HashSet<Diagnostic> _seen = [];
    private readonly Lock _lock = new();

    public void Add(Diagnostic diagnostic)
    {
        lock (_lock)
        {
            // The same problem reached twice (a page included twice, a re-render) is reported once.
            if (_seen.Add(diagnostic))
            {
                _items.Add(diagnostic);
            }
        }
    }

    public void Report(DiagnosticDescriptor descriptor, SourceLocation location, params object?[] args) =>
        Add(descriptor.Create(location, args));

    public void AddRange(IEnumerable<Diagnostic> diagnostics)
    {
        foreach (var d in diagnostics)
        {
            Add(d);
        }
    }

    public bool HasErrors
    {
        get
        {
            lock (_lock)
            {
                return _items.Exists(d => d.Severity == DiagnosticSeverity.Error);
            }
        }
    }

    public int Count
    {
        get
        {
            lock (_lock)
            {
                return _items.Count;
            }
        }
    }

    /// <summary>A snapshot in report order.</summary>
    public IReadOnlyList<Diagnostic> ToList()
    {
        lock (_lock)
        {
            return [.. _items];
        }
    }

    /// <summary>A snapshot sorted by file, line, column, code: the order users read.</summary>
    public IReadOnlyList<Diagnostic> ToSortedList()
    {
        lock (_lock)
        {
            return [.. _items
                .Select((d, i) => (d, i))
                .OrderBy(x => x.d.Location.File, StringComparer.Ordinal)
                .ThenBy(x => x.d.Location.Line)
                .ThenBy(x => x.d.Location.Column)
                .ThenBy(x => x.i)
                .Select(x => x.d)];
        }
    }
}
