using JourneyKit.Model;
using JourneyKit.Scoring;

namespace JourneyKit.Cli;

/// <summary>
/// Scores maps for the commands (score, render, diff): the one place where a figure that cannot be
/// scored becomes exit code 1 and one line naming the file. An <see cref="IJourneyScorer"/>, so that
/// the library's renderer and comparer score through it and a failure still names the map's file.
/// </summary>
internal sealed class MapScoring : IJourneyScorer
{
    // Every map reaches here through MapFile.Load, which has validated it: do not validate it twice.
    private static readonly ScoringOptions Validated = new() { ValidateMap = false };

    private static readonly JourneyScorer DefaultScorer = new(Validated);

    private readonly JourneyScorer _scorer = DefaultScorer;

    // By reference: two files may hold equal maps, and each failure must name its own file.
    private readonly Dictionary<JourneyMap, string> _paths = new(ReferenceEqualityComparer.Instance);

    /// <summary>Creates a scorer for maps read from files.</summary>
    /// <param name="files">Each map with the file it came from.</param>
    public MapScoring(params ReadOnlySpan<(string Path, JourneyMap Map)> files)
    {
        foreach (var (path, map) in files)
        {
            _paths.Add(map, path);
        }
    }

    /// <summary>Scores a valid map read from <paramref name="path"/>.</summary>
    /// <param name="path">The file the map came from, to name it in the message.</param>
    /// <param name="map">The map, valid (see <see cref="MapFile.Load(string)"/>).</param>
    /// <returns>The score report.</returns>
    /// <exception cref="CliException">Thrown as <see cref="Score(JourneyMap)"/> says.</exception>
    public static JourneyScoreReport Score(string path, JourneyMap map) => new MapScoring((path, map)).Score(map);

    /// <summary>Scores a valid map read from <paramref name="path"/>, knowing the <c>--calculator</c> keys.</summary>
    /// <param name="path">The file the map came from, to name it in the message.</param>
    /// <param name="map">The map, valid.</param>
    /// <param name="calculatorKeys">Keys of custom KPI calculators the CLI cannot run: their KPIs have no value (<c>-</c>, <c>null</c>).</param>
    /// <returns>The score report.</returns>
    public static JourneyScoreReport Score(string path, JourneyMap map, IReadOnlyCollection<string> calculatorKeys)
    {
        ArgumentNullException.ThrowIfNull(calculatorKeys);
        return calculatorKeys.Count == 0 ? Score(path, map) : new MapScoring(calculatorKeys, (path, map)).Score(map);
    }

    private MapScoring(IReadOnlyCollection<string> calculatorKeys, params ReadOnlySpan<(string Path, JourneyMap Map)> files)
        : this(files)
    {
        var builtIn = Validation.JourneyValidatorOptions.BuiltInCalculatorKeys;
        _scorer = new JourneyScorer(Validated, calculatorKeys.Where(k => !builtIn.Contains(k)).Distinct(StringComparer.Ordinal).Select(k => (Kpis.IKpiCalculator)new UnknownCalculator(k)).ToList());
    }

    /// <summary>A calculator named with <c>--calculator</c>: the CLI does not have its code, so its KPIs have no value.</summary>
    private sealed class UnknownCalculator(string key) : Kpis.IKpiCalculator
    {
        public string Key { get; } = key;

        public double? Calculate(Kpis.KpiContext context) => null;
    }

    /// <summary>Scores one of the maps given to the constructor.</summary>
    /// <param name="map">The map, valid (see <see cref="MapFile.Load(string)"/>).</param>
    /// <returns>The score report.</returns>
    /// <exception cref="CliException">Thrown with exit code 1 and "<c>path: message</c>" when the scorer
    /// throws <see cref="InvalidOperationException"/> (a valid map holding something that cannot be scored, such as an unknown KPI calculator).</exception>
    public JourneyScoreReport Score(JourneyMap map)
    {
        try
        {
            return _scorer.Score(map);
        }
        catch (InvalidOperationException e)
        {
            throw CliErrors.CannotScore(_paths[map], e);
        }
    }
}
