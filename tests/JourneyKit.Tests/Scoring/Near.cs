namespace JourneyKit.Tests.Scoring;

/// <summary>Asserts a computed figure against a hand-computed one, to 1e-9.</summary>
internal static class Near
{
    public static void Equal(double expected, double? actual)
    {
        Assert.True(actual.HasValue, $"Expected {expected}, but the figure is absent (null).");
        Assert.Equal(expected, actual.Value, 1e-9);
    }
}
