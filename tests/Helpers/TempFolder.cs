using System.Text;

namespace JourneyKit.Tests.Helpers;

/// <summary>A fresh temporary folder for one test's files, deleted with everything in it on <see cref="Dispose"/>.</summary>
internal sealed class TempFolder : IDisposable
{
    /// <summary>Creates the folder under the system's temporary path, its name starting with <paramref name="prefix"/>.</summary>
    public TempFolder(string prefix = "journeykit-tests-") => Path = Directory.CreateTempSubdirectory(prefix).FullName;

    /// <summary>The folder's full path.</summary>
    public string Path { get; }

    /// <summary>The full path of a file in the folder, which need not exist yet.</summary>
    public string PathOf(string name) => System.IO.Path.Combine(Path, name);

    /// <summary>Writes <paramref name="contents"/> as UTF-8 (without a byte order mark) and returns the file's full path.</summary>
    public string Write(string name, string contents) => Write(name, Encoding.UTF8.GetBytes(contents));

    /// <summary>Writes <paramref name="contents"/> and returns the file's full path.</summary>
    public string Write(string name, byte[] contents)
    {
        var path = PathOf(name);
        File.WriteAllBytes(path, contents);
        return path;
    }

    /// <summary>Deletes the folder and everything in it.</summary>
    public void Dispose() => Directory.Delete(Path, recursive: true);
}
