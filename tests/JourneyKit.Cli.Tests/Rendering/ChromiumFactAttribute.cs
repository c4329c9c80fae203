namespace JourneyKit.Cli.Tests.Rendering;

/// <summary>Runs the test only where a browser is present, or always in CI (where a missing browser fails it).</summary>
internal sealed class ChromiumFactAttribute : FactAttribute
{
    public ChromiumFactAttribute()
    {
        if (Chromium.SkipReason is { } reason)
        {
            Skip = reason;
        }
    }
}
