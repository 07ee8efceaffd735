namespace Courseware.Tests;

/// <summary>Finds the read-only shared folder (../shared beside the checkout, or COURSEWARE_SHARED).</summary>
public static class SharedFolder
{
    public static string? Find(string relative)
    {
        var env = Environment.GetEnvironmentVariable("COURSEWARE_SHARED");
        if (env is not null && File.Exists(Path.Combine(env, relative)))
        {
            return Path.Combine(env, relative);
        }

        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "shared", relative);
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        return null;
    }

    public static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Courseware.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Courseware.sln not found above the test folder.");
    }
}
