namespace Courseware.Model;

/// <summary>What kind of thing a page references.</summary>
public enum AssetKind
{
    Image,
    File,
}

/// <summary>A file or remote resource a page references, recorded once per course.</summary>
public sealed class Asset
{
    /// <summary>Course-relative NFC path for local assets, the URL for remote ones.</summary>
    public required string Key { get; init; }

    public required AssetKind Kind { get; init; }

    /// <summary>Course-relative NFC path ('/' separators) when local.</summary>
    public string? Path { get; init; }

    /// <summary>Course-relative on-disk path when it differs from <see cref="Path"/> (NFD names).</summary>
    public string? DiskPath { get; init; }

    /// <summary>Absolute http(s) URL for remote assets.</summary>
    public Uri? RemoteUrl { get; init; }

    public bool IsRemote => RemoteUrl is not null;

    /// <summary>Size in bytes for local assets that exist; null for remote or missing ones.</summary>
    public long? Size { get; init; }

    public bool Exists => Size is not null;

    /// <summary>Where the course first names the asset (in reading order): the file, line and column of that link or image.</summary>
    public Diagnostics.SourceLocation FirstUse { get; init; } = Diagnostics.SourceLocation.None;

    public string FileName => IsRemote ? RemoteUrl!.Segments.LastOrDefault()?.Trim('/') ?? "remote" : System.IO.Path.GetFileName(Path!);

    public string Extension => System.IO.Path.GetExtension(IsRemote ? RemoteUrl!.AbsolutePath : Path!).ToLowerInvariant();

    public override string ToString() => Key;
}
