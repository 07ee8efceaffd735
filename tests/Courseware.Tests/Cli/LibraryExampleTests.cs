namespace Courseware.Tests.Cli;

/// <summary>The README's library example, compiled and run here; the README must show this exact code.</summary>
public class LibraryExampleTests
{
    [Fact]
    public void The_readme_example_runs_and_matches_the_readme()
    {
        var course = TestCourse.With(("README.md", "# Cours\n\n```gift\n::Q:: Vrai ? {T}\n```\n"));
        var written = Example(course.FileSystem, TestCourse.Root, "/work/exports");
        Assert.Equal(["/work/exports/cours-scorm2004.zip"], written);

        var readme = File.ReadAllText(Path.Combine(SharedFolder.RepositoryRoot(), "README.md")).ReplaceLineEndings("\n");
        var source = File.ReadAllText(Path.Combine(SharedFolder.RepositoryRoot(), "tests", "Courseware.Tests", "Cli", "LibraryExampleTests.cs")).ReplaceLineEndings("\n");
        var start = source.IndexOf("        // README example start\n", StringComparison.Ordinal);
        var end = source.IndexOf("        // README example end\n", StringComparison.Ordinal);
        var snippet = string.Join('\n', source[start..end].Split('\n').Skip(1).Where(l => l.Length > 0).Select(l => l[8..]));
        Assert.Contains(snippet, readme);
    }

    private static IReadOnlyList<string> Example(System.IO.Abstractions.IFileSystem fileSystem, string courseFolder, string outputFolder)
    {
        // README example start
        var course = Courseware.Loading.CourseLoader.Load(fileSystem, courseFolder);
        foreach (var diagnostic in course.Diagnostics)
        {
            Console.Error.WriteLine(diagnostic.ToMsBuildString());
        }

        var output = new Courseware.Export.FileSystemOutputSink(fileSystem, outputFolder);
        var context = new Courseware.Export.ExportContext { Output = output };
        new Courseware.Scorm.Scorm2004Exporter().Export(course, context);
        return output.Written;
        // README example end
    }
}
