namespace JourneyKit.Rendering;

/// <summary>
/// Colours and marker shapes. Persona colours are the Okabe–Ito palette, told apart by people with
/// colour-vision deficiency; each persona also gets its own marker shape, and past eight a dash pattern.
/// </summary>
internal static class Palette
{
    private static readonly string[] PersonaColours = ["#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9", "#6B4C9A", "#3D3D3D"];
    private static readonly string[] Dashes = ["", "6 3", "2 3", "8 3 2 3"];

    /// <summary>Dark ink for text.</summary>
    public const string Ink = "#1E293B";

    /// <summary>Muted ink for secondary text.</summary>
    public const string Muted = "#64748B";

    /// <summary>Faint lines and borders.</summary>
    public const string Rule = "#CBD5E1";

    /// <summary>The stage header band.</summary>
    public const string StageBand = "#1F3A5F";

    /// <summary>Pain points.</summary>
    public const string Pain = "#DC2626";

    /// <summary>Moments of delight.</summary>
    public const string Delight = "#16A34A";

    /// <summary>Process (work) minutes.</summary>
    public const string Process = "#2563EB";

    /// <summary>Wait minutes.</summary>
    public const string Wait = "#F59E0B";

    /// <summary>The colour of the persona at <paramref name="index"/>.</summary>
    public static string PersonaColour(int index) => PersonaColours[index % PersonaColours.Length];

    /// <summary>How many persona colours there are before <see cref="PersonaColour"/> repeats.</summary>
    public static int PersonaColourCount => PersonaColours.Length;

    /// <summary>The dash pattern of the persona's curve (empty for solid).</summary>
    public static string PersonaDash(int index) => Dashes[index / PersonaColours.Length % Dashes.Length];

    /// <summary>The marker shape of the persona at <paramref name="index"/>: 0 circle, 1 square, 2 diamond, 3 triangle, 4 inverted triangle.</summary>
    public static int PersonaMarker(int index) => index % 5;

    /// <summary>The colour of a 0..100 experience score: red below 45, amber below 60, green from 60; grey without one.</summary>
    public static string ScoreColour(double? score) => score switch
    {
        null => Muted,
        < 45 => Pain,
        < 60 => "#D97706",
        _ => Delight,
    };
}
