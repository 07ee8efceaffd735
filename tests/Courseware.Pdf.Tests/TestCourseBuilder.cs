using System.IO.Abstractions.TestingHelpers;
using System.IO.Compression;
using System.Reflection;
using Courseware.Diagnostics;
using Courseware.Markdown;
using Courseware.Model;
using Courseware.Quizzes;
using Markdig;
using Markdig.Syntax;

namespace Courseware.Pdf.Tests;

/// <summary>
/// Builds Course objects by hand, as the loader will: pages parsed with Markdig, tree links set, resolved links attached.
/// The tree setters of <see cref="Page"/> are internal to the core, so they are set by reflection here.
/// </summary>
internal sealed class TestCourseBuilder
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().UseAdvancedExtensions().Build();
    private readonly List<Page> _pages = [];
    private readonly List<Asset> _assets = [];

    public TestCourseBuilder(string title = "Cours d’essai", string language = "fr-FR")
    {
        Title = title;
        Language = language;
        Root = NewPage("README.md", title, $"# {title}\n\nBienvenue dans ce cours.");
        _pages.Add(Root);
    }

    public string Title { get; }

    public string Language { get; }

    public Page Root { get; }

    public MockFileSystem FileSystem { get; } = new();

    public const string RootDirectory = "/course";

    public static MarkdownDocument Parse(string markdown) => Markdig.Markdown.Parse(markdown, Pipeline);

    public Page AddPage(Page parent, string path, string title, string markdown)
    {
        var page = NewPage(path, title, markdown);
        Set(page, nameof(Page.Parent), parent);
        Set(page, nameof(Page.Depth), parent.Depth + 1);
        var children = (List<Page>)typeof(Page).GetProperty("ChildList", BindingFlags.Instance | BindingFlags.NonPublic)!.GetValue(parent)!;
        children.Add(page);
        var number = parent.Depth == 0 ? $"{children.Count}" : $"{parent.Number}.{children.Count}";
        Set(page, nameof(Page.Number), number);
        return page;
    }

    /// <summary>Adds an image file to the course folder and returns its asset.</summary>
    public Asset AddImage(string path, byte[] bytes)
    {
        FileSystem.AddFile($"{RootDirectory}/{path}", new MockFileData(bytes));
        var asset = new Asset { Key = path, Kind = AssetKind.Image, Path = path, Size = bytes.Length };
        _assets.Add(asset);
        return asset;
    }

    public static void Resolve(MarkdownObject node, ResolvedLink link) => node.SetData(typeof(ResolvedLink), link);

    public static void InsertQuiz(Page page, int index, Quiz quiz)
    {
        page.Document.Insert(index, new QuizBlock(null) { Quiz = quiz });
        page.Quizzes = [.. page.Quizzes, quiz];
    }

    public Course Build(string? description = "Un support de formation pour tester l’export PDF.", string? author = "Équipe pédagogique")
    {
        var ordered = new List<Page>();
        void Walk(Page p)
        {
            ordered.Add(p);
            foreach (var c in p.Children)
            {
                Walk(c);
            }
        }

        Walk(Root);
        return new Course
        {
            Title = Title,
            Language = Language,
            Description = description,
            Author = author,
            Id = "cours-essai",
            Slug = "cours-essai",
            RootDirectory = RootDirectory,
            FileSystem = FileSystem,
            Root = Root,
            Pages = ordered,
            Assets = [.. _assets.OrderBy(a => a.Key, StringComparer.Ordinal)],
            Diagnostics = [],
            Settings = new CourseSettings(),
        };
    }

    private static Page NewPage(string path, string title, string markdown) =>
        new() { Path = path, DiskPath = path, Title = title, Document = Parse(markdown) };

    private static void Set(Page page, string property, object value) =>
        typeof(Page).GetProperty(property)!.SetValue(page, value);

    /// <summary>A valid RGB PNG of the given size: a gradient, so the rendered page shows where it landed.</summary>
    public static byte[] Png(int width, int height)
    {
        var raw = new byte[(width * 3 + 1) * height];
        for (var y = 0; y < height; y++)
        {
            var row = y * ((width * 3) + 1);
            for (var x = 0; x < width; x++)
            {
                raw[row + 1 + (x * 3)] = (byte)(40 + (x * 180 / width));
                raw[row + 2 + (x * 3)] = (byte)(90 + (y * 120 / height));
                raw[row + 3 + (x * 3)] = 200;
            }
        }

        using var output = new MemoryStream();
        output.Write([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]);
        var header = new byte[13];
        System.Buffers.Binary.BinaryPrimitives.WriteInt32BigEndian(header, width);
        System.Buffers.Binary.BinaryPrimitives.WriteInt32BigEndian(header.AsSpan(4), height);
        header[8] = 8;
        header[9] = 2;
        Chunk(output, "IHDR", header);
        using (var compressed = new MemoryStream())
        {
            using (var z = new ZLibStream(compressed, CompressionLevel.Fastest, leaveOpen: true))
            {
                z.Write(raw);
            }

            Chunk(output, "IDAT", compressed.ToArray());
        }

        Chunk(output, "IEND", []);
        return output.ToArray();
    }

    /// <summary>
    /// A PNG of any colour type at 8 bits: rows use the five filter types in turn, the data is split over
    /// <paramref name="idatChunks"/> IDAT chunks; <see cref="PngPixels"/> gives the pixels it holds.
    /// </summary>
    public static byte[] Png(int width, int height, int colorType, int idatChunks = 1, bool transparentColor = false)
    {
        var channels = Channels(colorType);
        var pixels = PngPixels(width, height, colorType);
        var stride = width * channels;
        var filtered = new byte[(stride + 1) * height];
        for (var y = 0; y < height; y++)
        {
            var filter = y % 5;
            filtered[y * (stride + 1)] = (byte)filter;
            for (var i = 0; i < stride; i++)
            {
                int left = i >= channels ? pixels[(y * stride) + i - channels] : 0;
                int up = y > 0 ? pixels[((y - 1) * stride) + i] : 0;
                int upLeft = y > 0 && i >= channels ? pixels[((y - 1) * stride) + i - channels] : 0;
                var predicted = filter switch
                {
                    1 => left,
                    2 => up,
                    3 => (left + up) / 2,
                    4 => Paeth(left, up, upLeft),
                    _ => 0,
                };
                filtered[(y * (stride + 1)) + 1 + i] = (byte)(pixels[(y * stride) + i] - predicted);
            }
        }

        using var output = new MemoryStream();
        output.Write([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]);
        var header = new byte[13];
        System.Buffers.Binary.BinaryPrimitives.WriteInt32BigEndian(header, width);
        System.Buffers.Binary.BinaryPrimitives.WriteInt32BigEndian(header.AsSpan(4), height);
        header[8] = 8;
        header[9] = (byte)colorType;
        Chunk(output, "IHDR", header);
        if (transparentColor)
        {
            Chunk(output, "tRNS", new byte[colorType == 0 ? 2 : 6]);
        }

        using var compressed = new MemoryStream();
        using (var z = new ZLibStream(compressed, CompressionLevel.Optimal, leaveOpen: true))
        {
            z.Write(filtered);
        }

        var data = compressed.ToArray();
        var size = (data.Length + idatChunks - 1) / idatChunks;
        for (var at = 0; at < data.Length; at += size)
        {
            Chunk(output, "IDAT", data[at..Math.Min(data.Length, at + size)]);
        }

        Chunk(output, "IEND", []);
        return output.ToArray();
    }

    /// <summary>The pixels (row by row, channel by channel) of <see cref="Png(int, int, int, int, bool)"/>.</summary>
    public static byte[] PngPixels(int width, int height, int colorType)
    {
        var channels = Channels(colorType);
        var pixels = new byte[width * height * channels];
        for (var y = 0; y < height; y++)
        {
            for (var x = 0; x < width; x++)
            {
                for (var c = 0; c < channels; c++)
                {
                    pixels[(((y * width) + x) * channels) + c] = (byte)((x * 37) + (y * 11) + (c * 70) + (x * y % 13));
                }
            }
        }

        return pixels;
    }

    private static int Channels(int colorType) => colorType switch { 0 => 1, 2 => 3, 4 => 2, 6 => 4, _ => throw new ArgumentOutOfRangeException(nameof(colorType)) };

    private static int Paeth(int a, int b, int c)
    {
        var p = a + b - c;
        var pa = Math.Abs(p - a);
        var pb = Math.Abs(p - b);
        var pc = Math.Abs(p - c);
        return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
    }

    private static void Chunk(Stream s, string type, byte[] data)
    {
        var length = new byte[4];
        System.Buffers.Binary.BinaryPrimitives.WriteInt32BigEndian(length, data.Length);
        s.Write(length);
        var typeBytes = System.Text.Encoding.ASCII.GetBytes(type);
        s.Write(typeBytes);
        s.Write(data);
        var crc = Crc32([.. typeBytes, .. data]);
        var crcBytes = new byte[4];
        System.Buffers.Binary.BinaryPrimitives.WriteUInt32BigEndian(crcBytes, crc);
        s.Write(crcBytes);
    }

    private static uint Crc32(byte[] data)
    {
        var crc = 0xFFFFFFFFu;
        foreach (var b in data)
        {
            crc ^= b;
            for (var k = 0; k < 8; k++)
            {
                crc = (crc & 1) != 0 ? (crc >> 1) ^ 0xEDB88320u : crc >> 1;
            }
        }

        return ~crc;
    }

    public static Quiz Quiz(string id, string title, params Question[] questions) =>
        new() { Id = id, Title = title, Questions = questions, Location = new SourceLocation("quiz.md", 1, 1) };
}
