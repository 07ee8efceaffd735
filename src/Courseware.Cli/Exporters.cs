using Courseware.Export;

namespace Courseware.Cli;

/// <summary>The formats this command knows: one line per format.</summary>
public static class Exporters
{
    public static ExporterRegistry Create() => new ExporterRegistry();
}
