namespace Courseware.Preview.Tests;

/// <summary>A fresh temporary folder with the starter course of <c>courseware init</c> in <c>course/</c>; deleted afterwards.</summary>
public sealed class TestFolder : IDisposable
{
    public TestFolder(string language = "fr")
    {
        Path = Directory.CreateTempSubdirectory("courseware-preview-").FullName;
        var init = CliProcess.Run(Path, "init", "course", "--lang", language);
        if (init.Code != 0)
        {
            throw new InvalidOperationException("courseware init failed: " + init.Error);
        }
    }

    public string Path { get; }

    public string Course => System.IO.Path.Combine(Path, "course");

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // A process may still hold a file for a moment; the folder is in the temp area anyway.
        }
    }
}
