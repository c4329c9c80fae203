namespace JourneyKit.Cli.Tests.Rendering;

/// <summary>
/// Runs the test where Chromium and the npm <c>mermaid</c> package are present, or always in CI (where a
/// missing one fails it).
/// </summary>
internal sealed class MermaidFactAttribute : FactAttribute
{
    private static readonly Lazy<string?> Script = new(Find);

    public MermaidFactAttribute()
    {
        var ci = string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);
        if (Chromium.SkipReason is { } reason)
        {
            Skip = reason;
        }
        else if (MermaidScript is null && !ci)
        {
            Skip = "Mermaid is not installed (npm install --prefix .tools/mermaid mermaid@12.3.0, or set MERMAID_JS to mermaid.min.js); the Mermaid tests run in CI, where .ci/run installs it.";
        }
    }

    /// <summary>The path of <c>mermaid.min.js</c>, or null when none is installed.</summary>
    public static string? MermaidScript => Script.Value;

    private static string? Find()
    {
        if (Environment.GetEnvironmentVariable("MERMAID_JS") is { Length: > 0 } configured && File.Exists(configured))
        {
            return configured;
        }

        var local = Path.Combine(RepositoryRoot.Path, ".tools", "mermaid", "node_modules", "mermaid", "dist", "mermaid.min.js");
        return File.Exists(local) ? local : null;
    }
}
