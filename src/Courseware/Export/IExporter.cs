using Courseware.Model;

namespace Courseware.Export;

/// <summary>An output format. Exporters read the <see cref="Course"/> model only, never Markdown text.</summary>
public interface IExporter
{
    /// <summary>The name used with <c>--format</c>, e.g. <c>scorm12</c>.</summary>
    string Format { get; }

    /// <summary>One line for <c>--help</c>.</summary>
    string Description { get; }

    /// <summary>Writes the outputs of this format through <see cref="ExportContext.Output"/>, reporting problems to <see cref="ExportContext.Diagnostics"/>.</summary>
    void Export(Course course, ExportContext context);

    /// <summary>
    /// Parts of this format's work for <paramref name="course"/> that can be written at the same time, each exported with
    /// its own options and writing its own files (e.g. one per edition); the whole format is one part unless the exporter
    /// says otherwise.
    /// </summary>
    IReadOnlyList<ExportOptions> Parts(Course course, ExportOptions options) => [options];
}
