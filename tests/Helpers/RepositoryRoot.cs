namespace JourneyKit.Tests.Helpers;

/// <summary>Finds files of the repository from a test run: walks up from the test's base directory to the folder holding JourneyKit.sln.</summary>
internal static class RepositoryRoot
{
    /// <summary>The folder that holds JourneyKit.sln.</summary>
    public static string Path { get; } = Find();

    /// <summary>A path below the root, one segment per part: <c>Combine("docs", "examples")</c>.</summary>
    public static string Combine(params string[] parts) => System.IO.Path.Combine([Path, .. parts]);

    private static string Find()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(directory.FullName, "JourneyKit.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException($"No JourneyKit.sln above {AppContext.BaseDirectory}.");
    }
}
