namespace Courseware.Hostile.Tests.Support;

/// <summary>The sample course kept at the root of the repository (course/).</summary>
public static class SampleCourse
{
    public static string Folder()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Courseware.sln")))
            {
                return Path.Combine(dir.FullName, "course");
            }
        }

        throw new InvalidOperationException("Courseware.sln not found above the test folder.");
    }

    public static void CopyTo(string target, Func<string, bool>? include = null)
    {
        var source = Folder();
        foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            var rel = Path.GetRelativePath(source, file);
            if (include is not null && !include(rel))
            {
                continue;
            }

            var destination = Path.Combine(target, rel);
            Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
            File.Copy(file, destination, overwrite: true);
        }
    }
}
