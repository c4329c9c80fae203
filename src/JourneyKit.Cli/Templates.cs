using System.Reflection;

namespace JourneyKit.Cli;

/// <summary>The starter maps of <c>journeykit init</c>, embedded in the tool (the shipped examples plus a minimal map).</summary>
public static class Templates
{
    private const string ResourcePrefix = "JourneyKit.Cli.Templates.";

    /// <summary>The template used when none is named: <c>retail</c>.</summary>
    public const string Default = "retail";

    /// <summary>The names of the templates, sorted.</summary>
    public static IReadOnlyList<string> Names { get; } =
    [
        .. typeof(Templates).Assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(ResourcePrefix, StringComparison.Ordinal) && n.EndsWith(".json", StringComparison.Ordinal))
            .Select(n => n[ResourcePrefix.Length..^".json".Length])
            .Order(StringComparer.Ordinal),
    ];

    /// <summary>Gets a template's JSON text.</summary>
    /// <param name="name">The template's name, one of <see cref="Names"/> (case-sensitive).</param>
    /// <returns>The JSON, or <see langword="null"/> when there is no such template.</returns>
    public static string? Find(string name)
    {
        using var stream = typeof(Templates).Assembly.GetManifestResourceStream(ResourcePrefix + name + ".json");
        if (stream is null)
        {
            return null;
        }

        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
