using System.IO.Abstractions.TestingHelpers;
using System.IO.Compression;
using System.Text;
using Courseware.Loading;
using Courseware.Scorm.Packaging;

namespace Courseware.Scorm.Tests;

/// <summary>
/// SVG files go into the package cleaned: the LMS serves them from its own address, where a script in one would run if a
/// learner opened the file (a link to it, a file block).
/// </summary>
public sealed class SvgAssetTests
{
    private const string Hostile = """
        <svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="120" height="60" onload="alert('onload')">
          <script>alert('script')</script>
          <style>@import url("https://tracker.example.org/style.css"); .box { fill: #2060c0 }</style>
          <defs><linearGradient id="g"><stop offset="0" stop-color="#fff"/></linearGradient></defs>
          <rect class="box" width="120" height="60"/>
          <rect width="10" height="10" fill="url(#g)"/>
          <image width="10" height="10" xlink:href="https://tracker.example.org/pixel.png"/>
          <image x="10" width="10" height="10" href="data:image/png;base64,iVBORw0KGgo="/>
          <a href="javascript:alert('link')"><text x="5" y="40">Serveur</text></a>
          <a><set attributeName="href" to="javascript:alert('set')"/><text x="60" y="40">Base</text></a>
          <foreignObject width="10" height="10"><iframe xmlns="http://www.w3.org/1999/xhtml" src="https://example.org/"/></foreignObject>
        </svg>
        """;

    [Theory]
    [InlineData(ScormVersion.Scorm12)]
    [InlineData(ScormVersion.Scorm2004)]
    public void An_svg_is_packaged_without_scripts_or_outside_references_and_keeps_its_drawing(ScormVersion version)
    {
        var fs = new MockFileSystem();
        fs.AddFile("/c/README.md", new MockFileData("# Schémas\n\n![Architecture](schema.svg)\n\n[Le schéma compressé](plan.svgz)\n"));
        fs.AddFile("/c/schema.svg", new MockFileData(Encoding.UTF8.GetBytes(Hostile)));
        fs.AddFile("/c/plan.svgz", new MockFileData(Gzip(Hostile)));
        var package = ScormPackage.Export(CourseLoader.Load(fs, "/c"), version);

        var svgs = package.Entries.Where(e => e.EndsWith(".svg", StringComparison.Ordinal)).ToList();
        Assert.Equal(2, svgs.Count); // the .svgz is packaged uncompressed, as .svg
        Assert.DoesNotContain(package.Entries, e => e.EndsWith(".svgz", StringComparison.Ordinal));
        foreach (var entry in svgs)
        {
            var svg = package.Text(entry);
            Assert.DoesNotContain("alert", svg, StringComparison.Ordinal);
            Assert.DoesNotContain("tracker.example.org", svg, StringComparison.Ordinal);
            Assert.DoesNotContain("iframe", svg, StringComparison.Ordinal);
            Assert.DoesNotContain("javascript", svg, StringComparison.OrdinalIgnoreCase);
            Assert.Contains("fill=\"url(#g)\"", svg, StringComparison.Ordinal);
            Assert.Contains("data:image/png;base64,", svg, StringComparison.Ordinal);
            Assert.Contains(".box { fill: #2060c0 }", svg, StringComparison.Ordinal);
            Assert.Contains(">Serveur</text>", svg, StringComparison.Ordinal);
            Assert.Contains("<svg", svg, StringComparison.Ordinal);
        }

        // The page points at the packaged files.
        var page = package.Entries.Single(e => e.EndsWith(".html", StringComparison.Ordinal) && package.Text(e).Contains("Architecture", StringComparison.Ordinal));
        var html = package.Text(page);
        Assert.All(svgs, svg => Assert.Contains(Path.GetFileName(svg), html, StringComparison.Ordinal));
    }

    private static byte[] Gzip(string text)
    {
        using var output = new MemoryStream();
        using (var gzip = new GZipStream(output, CompressionLevel.Optimal, leaveOpen: true))
        {
            gzip.Write(Encoding.UTF8.GetBytes(text));
        }

        return output.ToArray();
    }
}
