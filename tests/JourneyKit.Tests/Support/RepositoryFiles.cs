namespace JourneyKit.Tests.Support;

/// <summary>Finds files of the repository from a test's output folder.</summary>
internal static class RepositoryFiles
{
    /// <summary>The folder that holds JourneyKit.sln.</summary>
    public static string Root => RepositoryRoot.Path;

    public static string PathOf(string relative) => Path.Combine(Root, relative.Replace('/', Path.DirectorySeparatorChar));
}
