using Courseware.Cli;

namespace Courseware.Tests.Cli;

public class InitTests
{
    [Theory]
    [InlineData("fr", "Mon premier cours")]
    [InlineData("en", "My first course")]
    public void The_starter_course_exports_cleanly_in_every_format(string lang, string title)
    {
        var course = new TestCourse();
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var env = new CliEnvironment(course.FileSystem, stdout, stderr, _ => null);
        course.FileSystem.Directory.SetCurrentDirectory("/work");

        Assert.Equal(0, CoursewareCommand.Run(["init", "starter", "--lang", lang], env));
        Assert.Equal(0, CoursewareCommand.Run(["check", "starter", "--warnaserror"], env));
        Assert.Contains($"{title}  (3 pages", Run(env, stdout, "tree", "starter"));

        stdout.GetStringBuilder().Clear();
        Assert.Equal(0, CoursewareCommand.Run(["export", "starter", "--out", "out", "--jobs", "1"], env));
        // Nothing but the progress lines of each format: no diagnostic.
        Assert.All(stderr.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries), line => Assert.Matches(@"^[a-z0-9]+: (started|done in \d+\.\d\d s)\r?$", line));
        var files = course.FileSystem.Directory.GetFiles("/work/out").Select(Path.GetFileName).ToList();
        foreach (var suffix in new[] { "-scorm12.zip", "-scorm2004.zip", "-handout.pdf", "-handout-trainer.pdf", ".docx", "-trainer.docx", ".gift" })
        {
            Assert.Contains(files, f => f!.EndsWith(suffix, StringComparison.Ordinal));
        }
    }

    [Fact]
    public void Init_never_overwrites_a_course()
    {
        var course = TestCourse.With(("README.md", "# Mon cours à moi"));
        var stderr = new StringWriter();
        var env = new CliEnvironment(course.FileSystem, new StringWriter(), stderr, _ => null);
        Assert.Equal(ExitCodes.Usage, CoursewareCommand.Run(["init", TestCourse.Root], env));
        Assert.Contains("README.md", stderr.ToString());
        Assert.Equal("# Mon cours à moi", course.FileSystem.File.ReadAllText(TestCourse.Full("README.md")));
    }

    private static string Run(CliEnvironment env, StringWriter stdout, params string[] args)
    {
        stdout.GetStringBuilder().Clear();
        CoursewareCommand.Run(args, env);
        return stdout.ToString();
    }
}
