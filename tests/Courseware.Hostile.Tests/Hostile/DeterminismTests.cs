using System.Globalization;
using System.IO.Compression;
using Courseware.Hostile.Tests.Support;

namespace Courseware.Hostile.Tests.Hostile;

/// <summary>The same course and options give the same bytes in every format, run after run, whatever the culture of the machine.</summary>
public class DeterminismTests
{
    [Fact]
    public void Sample_course_exports_are_byte_identical_across_runs_and_cultures()
    {
        using var tree = new TempTree();
        SampleCourse.CopyTo(tree.Course);
        var runs = new (string Culture, string Jobs)[] { ("en-US", "2"), ("tr-TR", "1"), ("fr-FR", "2") };
        var folders = new List<string>();
        foreach (var (culture, jobs) in runs)
        {
            var folder = tree.Out("out-" + culture);
            folders.Add(folder);
            var saved = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
            try
            {
                CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo(culture);
                CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(culture);
                var result = CliRunner.Run("export", tree.Course, "--out", folder, "--jobs", jobs);
                CliRunner.AssertCalm(result, culture);
                Assert.True(result.Exit == 0, result.ToString());
            }
            finally
            {
                (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = saved;
            }
        }

        var reference = OutputValidator.Outputs(folders[0]);
        Assert.Contains(reference, f => f.EndsWith(".pdf", StringComparison.Ordinal));
        Assert.Contains(reference, f => f.EndsWith(".docx", StringComparison.Ordinal));
        Assert.Contains(reference, f => f.EndsWith(".zip", StringComparison.Ordinal));
        Assert.Contains(reference, f => f.EndsWith(".gift", StringComparison.Ordinal));
        foreach (var (folder, run) in folders.Zip(runs).Skip(1))
        {
            Assert.Equal(reference, OutputValidator.Outputs(folder));
            foreach (var file in reference)
            {
                var expected = File.ReadAllBytes(Path.Combine(folders[0], file));
                var actual = File.ReadAllBytes(Path.Combine(folder, file));
                Assert.True(expected.AsSpan().SequenceEqual(actual), $"{file} differs under {run.Culture}: {FirstDifference(expected, actual)}");
            }
        }
    }

    /// <summary>For packages, the first entry that differs; else the first differing byte.</summary>
    private static string FirstDifference(byte[] a, byte[] b)
    {
        try
        {
            using var za = new ZipArchive(new MemoryStream(a));
            using var zb = new ZipArchive(new MemoryStream(b));
            var names = za.Entries.Select(e => e.FullName).ToList();
            if (!names.SequenceEqual(zb.Entries.Select(e => e.FullName)))
            {
                return "entry lists differ";
            }

            foreach (var name in names)
            {
                using var sa = new MemoryStream();
                using var sb = new MemoryStream();
                za.GetEntry(name)!.Open().CopyTo(sa);
                zb.GetEntry(name)!.Open().CopyTo(sb);
                if (!sa.ToArray().AsSpan().SequenceEqual(sb.ToArray()))
                {
                    return $"entry {name} differs";
                }
            }

            return "entries equal, zip headers differ";
        }
        catch (InvalidDataException)
        {
            var i = 0;
            while (i < Math.Min(a.Length, b.Length) && a[i] == b[i])
            {
                i++;
            }

            return $"first difference at byte {i} (sizes {a.Length} and {b.Length})";
        }
    }
}
