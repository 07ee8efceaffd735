namespace Courseware.Export;

/// <summary>Which version of a handout or document.</summary>
public enum Edition
{
    Learner,
    Trainer,
}

/// <summary>SCORM package layout.</summary>
public enum ScoLayout
{
    PerPage,
    Single,
}

/// <summary>When a content page counts as completed in the SCORM package.</summary>
public enum PageCompletion
{
    /// <summary>As soon as the page is shown.</summary>
    Viewed,

    /// <summary>When the learner has scrolled to the end of the page.</summary>
    Scrolled,
}

/// <summary>What to do with remote images and files.</summary>
public enum RemoteAssetPolicy
{
    Link,
    Download,
}

/// <summary>Paper size of printed outputs.</summary>
public enum PaperSize
{
    A4,
    Letter,
}

/// <summary>Options every exporter may read; each format uses those that concern it.</summary>
public sealed record ExportOptions
{
    /// <summary>Editions to write for PDF and Word (both by default).</summary>
    public IReadOnlyList<Edition> Editions { get; init; } = [Edition.Learner, Edition.Trainer];

    public ScoLayout Sco { get; init; } = ScoLayout.PerPage;

    /// <summary>When a SCORM content page counts as completed (quizzes always need submitting).</summary>
    public PageCompletion Completion { get; init; } = PageCompletion.Viewed;

    public RemoteAssetPolicy RemoteAssets { get; init; } = RemoteAssetPolicy.Link;

    public PaperSize Paper { get; init; } = PaperSize.A4;

    public bool Duplex { get; init; }

    public bool PerChapter { get; init; }

    public bool NumberHeadings { get; init; }

    public bool AllowRawHtml { get; init; }

    /// <summary>Render embeds as iframes (else as link cards).</summary>
    public bool EmbedIframes { get; init; }

    /// <summary>Path of a .docx whose styles replace ours.</summary>
    public string? ReferenceDocx { get; init; }

    /// <summary>Fonts for PDF output (TTF/OTF paths); null = look up system fonts.</summary>
    public string? FontDirectory { get; init; }

    /// <summary>Largest remote asset fetched with <see cref="RemoteAssetPolicy.Download"/>.</summary>
    public long MaxDownloadBytes { get; init; } = 20L * 1024 * 1024;

    public TimeSpan DownloadTimeout { get; init; } = TimeSpan.FromSeconds(15);

    /// <summary>How many threads an exporter may use for its own work (SCORM compresses and renders pages on as many); never changes a byte of the output.</summary>
    public int Jobs { get; init; } = Environment.ProcessorCount;
}
