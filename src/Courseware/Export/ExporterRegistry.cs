namespace Courseware.Export;

/// <summary>The formats a program knows, by name.</summary>
public sealed class ExporterRegistry
{
    private readonly List<IExporter> _exporters = [];

    public ExporterRegistry Add(IExporter exporter)
    {
        if (_exporters.Any(e => string.Equals(e.Format, exporter.Format, StringComparison.OrdinalIgnoreCase)))
        {
            throw new InvalidOperationException($"Format '{exporter.Format}' is registered twice.");
        }

        _exporters.Add(exporter);
        return this;
    }

    public IReadOnlyList<IExporter> All => _exporters;

    public IExporter? Find(string format) =>
        _exporters.FirstOrDefault(e => string.Equals(e.Format, format, StringComparison.OrdinalIgnoreCase));
}
