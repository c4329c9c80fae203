using System.Text;

namespace JourneyKit.Cli.Tests;

/// <summary>A temporary folder for a test's files, deleted afterwards.</summary>
internal sealed class TempFolder : IDisposable
{
    public string Path { get; } = Directory.CreateTempSubdirectory("journeykit-cli-").FullName;

    public string File(string name, string contents) => File(name, Encoding.UTF8.GetBytes(contents));

    public string File(string name, byte[] contents)
    {
        var path = System.IO.Path.Combine(Path, name);
        System.IO.File.WriteAllBytes(path, contents);
        return path;
    }

    public void Dispose() => Directory.Delete(Path, recursive: true);
}
