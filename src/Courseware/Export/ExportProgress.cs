namespace Courseware.Export;

/// <summary>How far an exporter is: <see cref="Completed"/> pages done out of <see cref="Total"/>. For display only; it never reaches the outputs.</summary>
public readonly record struct ExportProgress(int Completed, int Total);
