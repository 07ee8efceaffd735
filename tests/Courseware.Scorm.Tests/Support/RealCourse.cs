using System.IO.Abstractions;
using System.IO.Abstractions.TestingHelpers;
using Courseware.Loading;
using Courseware.Model;

namespace Courseware.Scorm.Tests.Support;

/// <summary>Courses read by the real loader: the repository's sample course, or a course folder written by a test.</summary>
public static class RealCourse
{
    /// <summary>The sample course of the repository (<c>course/</c>).</summary>
    public static Course Sample()
    {
        var root = SchemaValidator.RepositoryRoot() ?? throw new InvalidOperationException("repository root not found");
        return CourseLoader.Load(new FileSystem(), Path.Combine(root, "course"));
    }

    /// <summary>Loads a course from files given as path → content, in an in-memory file system.</summary>
    public static Course FromFiles(IReadOnlyDictionary<string, string> files)
    {
        var fs = new MockFileSystem();
        foreach (var (path, text) in files)
        {
            fs.AddFile("/c/" + path, new MockFileData(text));
        }

        return CourseLoader.Load(fs, "/c");
    }
}
