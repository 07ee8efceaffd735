using System.Diagnostics;
using System.IO.Compression;
using System.Security.Cryptography;
using System.Text;
using Courseware.Export;
using Courseware.Export.Packaging;

namespace Courseware.Tests.Export;

/// <summary>The core zip writer: what ZipArchive and Info-ZIP's unzip read back, and bytes that do not depend on threads or output.</summary>
public sealed class DeterministicZipWriterTests : IDisposable
{
    private readonly DirectoryInfo _work = Directory.CreateTempSubdirectory("courseware-zip-");

    public void Dispose() => _work.Delete(recursive: true);

    [Fact]
    public void Entries_read_back_with_their_names_bytes_time_and_compression()
    {
        var text = Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat("Une page de cours répétée. ", 400)));
        var image = Noise(5000, seed: 1);
        var entries = new[]
        {
            new ZipEntrySource("pages/élément-à-côté.html", text),
            new ZipEntrySource("shared/assets/photo.jpg", image),
            new ZipEntrySource("shared/日本語/vide.txt", []),
            new ZipEntrySource("shared/assets/vide.png", []),
            new ZipEntrySource("imsmanifest.xml", "<manifest/>"u8.ToArray()),
        };
        var path = WriteFile("roundtrip.zip", entries, new ZipWriterOptions { Timestamp = ExportContext.TimestampFromEpoch("1700000000") });

        using (var zip = ZipFile.OpenRead(path))
        {
            Assert.Equal(entries.Select(e => e.Name), zip.Entries.Select(e => e.FullName));
            Assert.All(zip.Entries, e => Assert.Equal(new DateTime(2023, 11, 14, 22, 13, 20), e.LastWriteTime.DateTime));
            Assert.Equal(text, Read(zip.GetEntry("pages/élément-à-côté.html")!));
            Assert.True(zip.GetEntry("pages/élément-à-côté.html")!.CompressedLength < text.Length / 10);
            var jpeg = zip.GetEntry("shared/assets/photo.jpg")!;
            Assert.Equal(image, Read(jpeg));
            Assert.Equal(jpeg.Length, jpeg.CompressedLength);
            Assert.Empty(Read(zip.GetEntry("shared/日本語/vide.txt")!));
            Assert.Equal(0, zip.GetEntry("shared/日本語/vide.txt")!.CompressedLength);
            Assert.Empty(Read(zip.GetEntry("shared/assets/vide.png")!));
        }

        // Info-ZIP checks every CRC and reads the names as UTF-8 (the names flag is set on the accented ones).
        var test = Unzip("-t", path);
        Assert.Contains("No errors detected", test);
        var names = Unzip("-Z1", path);
        Assert.Contains("pages/élément-à-côté.html", names);
        Assert.Contains("shared/日本語/vide.txt", names);
    }

    [Fact]
    public void Bytes_are_the_same_whatever_the_parallelism_and_whether_the_output_can_seek()
    {
        // Entries of many sizes, stored and deflated, a few larger than the in-memory limit (written in a second pass).
        var entries = Enumerable.Range(0, 120).Select(i =>
        {
            var size = i % 17 == 0 ? 300_000 : i % 5 == 0 ? 0 : 200 + (i * 997 % 20_000);
            var bytes = i % 3 == 0 ? Noise(size, i) : Encoding.UTF8.GetBytes(Prose(size, i));
            return new ZipEntrySource($"dossier-{i % 7}/fichier-{i:000}{(i % 3 == 0 ? ".png" : ".html")}", bytes);
        }).ToList();
        var options = new ZipWriterOptions { BufferLimit = 50_000, Timestamp = ExportContext.TimestampFromEpoch("1800000000") };

        var serial = WriteBytes(entries, options with { Parallelism = 1 });
        var parallel = WriteBytes(entries, options with { Parallelism = 4 });
        var again = WriteBytes(entries, options with { Parallelism = 3 });
        var unseekable = new MemoryStream();
        DeterministicZipWriter.Write(new ForwardOnlyStream(unseekable), entries, options with { Parallelism = 2 });

        Assert.Equal(serial, parallel);
        Assert.Equal(serial, again);
        Assert.Equal(serial, unseekable.ToArray());
        using var zip = new ZipArchive(new MemoryStream(serial));
        Assert.Equal(120, zip.Entries.Count);
        Assert.Equal(Prose(200 + (118 * 997 % 20_000), 118), Encoding.UTF8.GetString(Read(zip.GetEntry("dossier-6/fichier-118.html")!)));
        Assert.Equal(Prose(300_000, 119), Encoding.UTF8.GetString(Read(zip.GetEntry("dossier-0/fichier-119.html")!)));
        Assert.Equal(Noise(300_000, 51), Read(zip.Entries[51]));
    }

    [Fact]
    public void Entries_are_written_in_order_and_counted_as_they_are_written()
    {
        var entries = Enumerable.Range(0, 50).Select(i => new ZipEntrySource($"p{i:00}.txt", Encoding.UTF8.GetBytes(Prose(3000, i)))).ToList();
        var seen = new List<string>();
        var thread = Environment.CurrentManagedThreadId;
        var threads = new HashSet<int>();
        WriteBytes(entries, new ZipWriterOptions { Parallelism = 4, EntryWritten = e => { seen.Add(e.Name); threads.Add(Environment.CurrentManagedThreadId); } });

        Assert.Equal(entries.Select(e => e.Name), seen);
        Assert.Equal([thread], threads);
    }

    [Fact]
    public void More_than_65535_entries_get_zip64_end_records_that_ZipArchive_and_unzip_read()
    {
        const int count = 70_000;
        var entries = Enumerable.Range(0, count).Select(i => new ZipEntrySource($"e/{i:00000}.bin", stored: true, s => s.Write(BitConverter.GetBytes(i)))).ToList();
        var path = WriteFile("many.zip", entries, new ZipWriterOptions { Parallelism = 2 });

        using (var zip = ZipFile.OpenRead(path))
        {
            Assert.Equal(count, zip.Entries.Count);
            Assert.Equal(BitConverter.GetBytes(69_999), Read(zip.Entries[69_999]));
            Assert.Equal(BitConverter.GetBytes(65_535), Read(zip.GetEntry("e/65535.bin")!));
        }

        var bytes = File.ReadAllBytes(path);
        Assert.Equal(0xFFFF, BitConverter.ToUInt16(bytes, bytes.Length - 22 + 8)); // the classic end record defers to the Zip64 one
        Assert.Contains("No errors detected", Unzip("-tq", path));
    }

    [Fact]
    public void Zip64_size_and_offset_fields_are_read_back_by_ZipArchive_and_unzip()
    {
        // The Zip64 fields are written from a lower threshold here, so that small entries carry them as a 4 GiB one would.
        var entries = new[]
        {
            new ZipEntrySource("petit.txt", "court"u8.ToArray()),
            new ZipEntrySource("grand.html", Encoding.UTF8.GetBytes(Prose(50_000, 3))),
            new ZipEntrySource("image.png", Noise(30_000, 4)),
            new ZipEntrySource("après.txt", Encoding.UTF8.GetBytes(Prose(900, 5))),
        };
        var path = WriteFile("zip64.zip", entries, new ZipWriterOptions { Zip64Threshold = 1000, BufferLimit = 10_000, Parallelism = 2 });

        using (var zip = ZipFile.OpenRead(path))
        {
            Assert.Equal("court", Encoding.UTF8.GetString(Read(zip.GetEntry("petit.txt")!)));
            Assert.Equal(Prose(50_000, 3), Encoding.UTF8.GetString(Read(zip.GetEntry("grand.html")!)));
            Assert.Equal(Noise(30_000, 4), Read(zip.GetEntry("image.png")!));
            Assert.Equal(Prose(900, 5), Encoding.UTF8.GetString(Read(zip.GetEntry("après.txt")!)));
        }

        var bytes = File.ReadAllBytes(path);
        Assert.Equal(0xFFFFFFFFu, BitConverter.ToUInt32(bytes, bytes.Length - 22 + 16)); // directory offset in the Zip64 record
        Assert.Contains("No errors detected", Unzip("-t", path));
    }

    [Theory]
    [InlineData(true, 1)]
    [InlineData(true, 2)]
    [InlineData(false, 1)]
    [InlineData(false, 2)]
    public void A_large_entry_is_streamed_without_being_held_in_memory(bool seekable, int parallelism)
    {
        // On a file the entry is produced once, its header filled in afterwards (only the part held before it proved too
        // large is produced twice); on an output that cannot seek it is produced twice, checksum and sizes first.
        const long size = 48L << 20;
        const int limit = 1 << 20;
        long produced = 0;
        var notes = Encoding.UTF8.GetBytes(Prose(3 * limit, 7));
        var entries = new[]
        {
            new ZipEntrySource("avant.txt", "avant"u8.ToArray()),
            new ZipEntrySource("media/video.mp4", stream => WritePattern(new CountingWrites(stream, n => Interlocked.Add(ref produced, n)), size)),
            new ZipEntrySource("media/notes.html", stream => stream.Write(notes)),
            new ZipEntrySource("après.txt", "après"u8.ToArray()),
        };
        var path = Path.Combine(_work.FullName, "large.zip");
        long allocated;
        using (var file = new FileStream(path, FileMode.Create))
        {
            var before = GC.GetAllocatedBytesForCurrentThread();
            DeterministicZipWriter.Write(seekable ? file : new ForwardOnlyStream(file), entries, new ZipWriterOptions { BufferLimit = limit, Parallelism = parallelism });
            allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        }

        if (seekable)
        {
            Assert.InRange(produced, size, size + limit + (64 * 1024));
        }
        else
        {
            Assert.Equal(2 * size, produced);
        }

        Assert.True(allocated < 8 << 20, $"{allocated} bytes allocated to write a {size}-byte entry");
        using (var zip = ZipFile.OpenRead(path))
        {
            var video = zip.GetEntry("media/video.mp4")!;
            Assert.Equal(size, video.Length);
            Assert.Equal(size, video.CompressedLength);
            using var expected = new MemoryStream();
            WritePattern(expected, size);
            using var read = video.Open();
            Assert.Equal(SHA256.HashData(expected.ToArray()), SHA256.HashData(read));
            Assert.Equal(Prose(3 * limit, 7), Encoding.UTF8.GetString(Read(zip.GetEntry("media/notes.html")!)));
            Assert.True(zip.GetEntry("media/notes.html")!.CompressedLength < limit, "the large text entry is deflated");
            Assert.Equal("après", Encoding.UTF8.GetString(Read(zip.GetEntry("après.txt")!)));
        }

        Assert.Contains("No errors detected", Unzip("-tq", path));
    }

    [Fact]
    public void A_large_entry_needing_zip64_sizes_on_a_seekable_output_gets_the_same_bytes_as_on_a_forward_only_one()
    {
        // The header written before the bytes has no room for Zip64 sizes: the entry is written again from its header.
        var entries = new[]
        {
            new ZipEntrySource("petit.txt", "court"u8.ToArray()),
            new ZipEntrySource("grand.html", Encoding.UTF8.GetBytes(Prose(80_000, 3))),
            new ZipEntrySource("image.png", Noise(60_000, 4)),
            new ZipEntrySource("moyen.png", Noise(3_000, 5)),
        };
        var options = new ZipWriterOptions { Zip64Threshold = 5_000, BufferLimit = 2_000, Parallelism = 2 };
        var seekable = WriteBytes(entries, options);
        var forward = new MemoryStream();
        DeterministicZipWriter.Write(new ForwardOnlyStream(forward), entries, options);

        Assert.Equal(forward.ToArray(), seekable);
        using var zip = new ZipArchive(new MemoryStream(seekable));
        Assert.Equal(Prose(80_000, 3), Encoding.UTF8.GetString(Read(zip.GetEntry("grand.html")!)));
        Assert.Equal(Noise(60_000, 4), Read(zip.GetEntry("image.png")!));
        Assert.Equal(Noise(3_000, 5), Read(zip.GetEntry("moyen.png")!));
    }

    [Fact]
    public void An_entry_that_gives_other_bytes_on_its_second_pass_is_refused()
    {
        var pass = 0;
        var entries = new[] { new ZipEntrySource("change.txt", stream => stream.Write(Encoding.UTF8.GetBytes(Prose(5000, Interlocked.Increment(ref pass))))) };

        var error = Assert.Throws<InvalidOperationException>(() => DeterministicZipWriter.Write(new ForwardOnlyStream(new MemoryStream()), entries, new ZipWriterOptions { BufferLimit = 100 }));
        Assert.Contains("change.txt", error.Message);
    }

    [Fact]
    public void A_failing_entry_stops_the_zip_with_its_own_exception_whatever_the_parallelism()
    {
        var entries = Enumerable.Range(0, 200).Select(i => new ZipEntrySource($"f{i:000}.txt", stream =>
        {
            if (i == 37)
            {
                throw new IOException("disque illisible");
            }

            stream.Write(Encoding.UTF8.GetBytes(Prose(2000, i)));
        })).ToList();

        foreach (var parallelism in new[] { 1, 3 })
        {
            var error = Assert.Throws<IOException>(() => WriteBytes(entries, new ZipWriterOptions { Parallelism = parallelism }));
            Assert.Equal("disque illisible", error.Message);
        }
    }

    [Fact]
    public void Two_entries_with_one_name_are_refused()
    {
        var entries = new[] { new ZipEntrySource("a.txt", [1]), new ZipEntrySource("a.txt", [2]) };

        Assert.Throws<ArgumentException>(() => WriteBytes(entries, new ZipWriterOptions()));
    }

    [Fact]
    public void A_cancelled_zip_stops()
    {
        using var cancel = new CancellationTokenSource();
        var entries = Enumerable.Range(0, 100).Select(i => new ZipEntrySource($"f{i:000}.txt", stream =>
        {
            if (i == 10)
            {
                cancel.Cancel();
            }

            stream.Write(Encoding.UTF8.GetBytes(Prose(2000, i)));
        })).ToList();

        Assert.ThrowsAny<OperationCanceledException>(() => WriteBytes(entries, new ZipWriterOptions { Parallelism = 2, CancellationToken = cancel.Token }));
    }

    [Theory]
    [InlineData("a.png", true)]
    [InlineData("b.JPG", true)]
    [InlineData("c.mp4", true)]
    [InlineData("d.html", false)]
    [InlineData("e.svg", false)]
    [InlineData("noextension", false)]
    public void Already_compressed_formats_are_stored(string name, bool stored)
    {
        Assert.Equal(stored, new ZipEntrySource(name, []).Stored);
    }

    private static byte[] WriteBytes(IEnumerable<ZipEntrySource> entries, ZipWriterOptions options)
    {
        using var output = new MemoryStream();
        DeterministicZipWriter.Write(output, entries, options);
        return output.ToArray();
    }

    private string WriteFile(string name, IEnumerable<ZipEntrySource> entries, ZipWriterOptions options)
    {
        var path = Path.Combine(_work.FullName, name);
        using var file = new FileStream(path, FileMode.Create);
        DeterministicZipWriter.Write(file, entries, options);
        return path;
    }

    private static byte[] Read(ZipArchiveEntry entry)
    {
        using var stream = entry.Open();
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }

    private static byte[] Noise(int size, int seed)
    {
        var bytes = new byte[size];
        new Random(seed).NextBytes(bytes);
        return bytes;
    }

    private static string Prose(int length, int seed)
    {
        var words = new[] { "cours", "élève", "quiz", "réponse", "page", "œuvre", "données", "tableau", "indice", "été" };
        var random = new Random(seed);
        var text = new StringBuilder(length + 16);
        while (text.Length < length)
        {
            text.Append(words[random.Next(words.Length)]).Append(random.Next(8) == 0 ? ".\n" : " ");
        }

        return text.ToString(0, length);
    }

    /// <summary>Writes <paramref name="size"/> bytes that do not repeat within a chunk, 64 KiB at a time.</summary>
    private static void WritePattern(Stream stream, long size)
    {
        var chunk = new byte[64 * 1024];
        for (long written = 0, n = 0; written < size; n++)
        {
            for (var i = 0; i < chunk.Length; i += 8)
            {
                BitConverter.TryWriteBytes(chunk.AsSpan(i), (n * chunk.Length) + i);
            }

            var take = (int)Math.Min(chunk.Length, size - written);
            stream.Write(chunk, 0, take);
            written += take;
        }
    }

    private static string Unzip(params string[] args)
    {
        var info = new ProcessStartInfo("unzip") { RedirectStandardOutput = true, RedirectStandardError = true, StandardOutputEncoding = Encoding.UTF8 };
        info.Environment["LC_ALL"] = "C.UTF-8"; // names flagged UTF-8 are shown as such
        foreach (var arg in args)
        {
            info.ArgumentList.Add(arg);
        }

        using var process = Process.Start(info) ?? throw new InvalidOperationException("unzip did not start (scripts/install-test-tools.sh installs it)");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, $"unzip {string.Join(' ', args)} exited {process.ExitCode}: {error}{output.Result}");
        return output.Result;
    }

    /// <summary>Passes writes on and reports how many bytes each one held.</summary>
    private sealed class CountingWrites(Stream inner, Action<int> count) : Stream
    {
        public override bool CanRead => false;

        public override bool CanSeek => false;

        public override bool CanWrite => true;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override void Write(byte[] buffer, int offset, int count1)
        {
            count(count1);
            inner.Write(buffer, offset, count1);
        }

        public override void Flush() => inner.Flush();

        public override int Read(byte[] buffer, int offset, int count1) => throw new NotSupportedException();

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();
    }

    /// <summary>An output that can only be written forward, like a pipe.</summary>
    private sealed class ForwardOnlyStream(Stream inner) : Stream
    {
        public override bool CanRead => false;

        public override bool CanSeek => false;

        public override bool CanWrite => true;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override void Write(byte[] buffer, int offset, int count) => inner.Write(buffer, offset, count);

        public override void Flush() => inner.Flush();

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();
    }
}
