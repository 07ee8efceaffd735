using System.IO.Abstractions.TestingHelpers;
using System.Text;
using Courseware.Diagnostics;
using Courseware.Loading;
using Courseware.Model;

namespace Courseware.Tests;

/// <summary>Builds a course in an in-memory file system and loads it.</summary>
public sealed class TestCourse
{
    public const string Root = "/work/course";

    public MockFileSystem FileSystem { get; } = new();

    public TestCourse()
    {
        FileSystem.AddDirectory(Root);
    }

    public static TestCourse With(params (string Path, string Text)[] files)
    {
        var course = new TestCourse();
        foreach (var (path, text) in files)
        {
            course.Add(path, text);
        }

        return course;
    }

    public TestCourse Add(string path, string text) => AddBytes(path, Encoding.UTF8.GetBytes(text));

    public TestCourse AddBytes(string path, byte[] bytes)
    {
        FileSystem.AddFile(Full(path), new MockFileData(bytes));
        return this;
    }

    public static string Full(string path) => path.StartsWith('/') ? path : $"{Root}/{path}";

    public Course Load(CourseSettings? settings = null, string? path = null) => CourseLoader.Load(FileSystem, path ?? Root, settings);

    /// <summary>Content-ref block text as GitBook writes it.</summary>
    public static string Ref(string url) => $"{{% content-ref url=\"{url}\" %}}\n[{url}]({url})\n{{% endcontent-ref %}}\n";
}

/// <summary>Assertions on diagnostics.</summary>
public static class DiagnosticAssert
{
    public static Diagnostic Single(Course course, DiagnosticDescriptor descriptor)
    {
        var matches = course.Diagnostics.Where(d => d.Code == descriptor.Code).ToList();
        Assert.True(matches.Count == 1, $"expected one {descriptor.Code}, got {matches.Count}:\n{string.Join('\n', course.Diagnostics)}");
        return matches[0];
    }

    public static void None(Course course, DiagnosticSeverity atLeast = DiagnosticSeverity.Warning)
    {
        var found = course.Diagnostics.Where(d => d.Severity >= atLeast).ToList();
        Assert.True(found.Count == 0, "unexpected diagnostics:\n" + string.Join('\n', found));
    }
}
