namespace JourneyKit.Tests.Support;

/// <summary>Finds files of the repository from a test's output folder.</summary>
internal static class RepositoryFiles
{
    /// <summary>The folder that holds JourneyKit.sln.</summary>
    public static string Root { get; } = FindRoot();

    public static string PathOf(string relative) => Path.Combine(Root, relative.Replace('/', Path.DirectorySeparatorChar));

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "JourneyKit.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException($"No JourneyKit.sln above {AppContext.BaseDirectory}.");
    }
}
