using System.Text.Json;
using System.Text.RegularExpressions;
using JourneyKit.Model;

namespace JourneyKit.Tests.Docs;

/// <summary>
/// The docs list the built-in KPI calculator keys and the names of the format's enums by hand; the
/// code writes each once (<see cref="KpiCalculatorKeys"/>, the enum types). These tests read the docs
/// and fail when a list there misses a key or a name, or holds one the code does not have.
/// </summary>
public partial class FormatDocsTests
{
    private static readonly string[] Keys = [.. KpiCalculatorKeys.All];

    private static readonly string[] SortedKeys = [.. KpiCalculatorKeys.All.Order(StringComparer.Ordinal)];

    // The enums of the format: every one a map may hold, each with its camelCase JSON names.
    private static readonly Type[] FormatEnums =
    [
        typeof(AdoptionCategory), typeof(Channel), typeof(ComparisonOperator), typeof(Initiator), typeof(KpiCategory), typeof(KpiDirection),
        typeof(MapState), typeof(OpportunityStatus), typeof(OutcomeKind), typeof(PlayMetric), typeof(StageKind),
    ];

    [GeneratedRegex("`(?<name>[^`]+)`")]
    private static partial Regex Code();

    public static TheoryData<string> FormatEnumNames() => [.. FormatEnums.Select(t => t.Name)];

    [Fact]
    public void FormatEnums_AreEveryPublicEnumOfTheModel()
    {
        var model = typeof(JourneyMap).Assembly.GetExportedTypes().Where(t => t.IsEnum && t.Namespace == typeof(JourneyMap).Namespace);

        Assert.Equal(model.Select(t => t.Name).Order(StringComparer.Ordinal), FormatEnums.Select(t => t.Name).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void ValidationDoc_KnownCalculatorKeysDefault_IsEveryBuiltInKeyInOrder()
    {
        var row = Row("validation.md", "| `KnownCalculatorKeys` |");

        Assert.Equal(Keys, Codes(Cell(row, 2)));
    }

    [Fact]
    public void ValidationDoc_UnknownCalculatorMessage_ListsEveryBuiltInKeySorted()
    {
        var row = Row("validation.md", "| `unknownCalculator` |");

        Assert.Contains("use one of " + string.Join(", ", SortedKeys.Select(k => $"\"{k}\"")) + ".", Cell(row, 3), StringComparison.Ordinal);
    }

    [Fact]
    public void ValidationDoc_PlayTargetTable_NamesEveryPlayMetricOnce()
    {
        var table = Section("validation.md", "### What a play's target may name");
        var metrics = table.Split('\n').Where(line => line.StartsWith("| `", StringComparison.Ordinal) && !line.StartsWith("| `when.", StringComparison.Ordinal)).SelectMany(line => Codes(Cell(line, 1)));

        Assert.Equal(NamesOf(typeof(PlayMetric)).Order(StringComparer.Ordinal), metrics.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void ExtendingDoc_BuiltInList_IsEveryBuiltInKeyInOrder()
    {
        var match = Regex.Match(Doc("extending.md"), @"built in \((?<keys>[^;)]*)", RegexOptions.CultureInvariant);

        Assert.True(match.Success, "docs/extending.md no longer says which calculators are built in.");
        Assert.Equal(Keys, Codes(match.Groups["keys"].Value));
    }

    [Fact]
    public void ExtendingDoc_UnknownKeyMessage_ListsEveryBuiltInKeySorted() =>
        Assert.Contains("registered keys: " + string.Join(", ", SortedKeys) + ".", Doc("extending.md"), StringComparison.Ordinal);

    [Fact]
    public void FormatDoc_KpiCalculatorDefault_IsKpiDefaultCalculator()
    {
        var row = Row("format.md", "| `calculator` |");

        Assert.Equal([Kpi.DefaultCalculator], Codes(Cell(row, 4)).Select(code => code.Trim('"')));
    }

    [Theory]
    [MemberData(nameof(FormatEnumNames))]
    public void FormatDoc_ListsEveryNameOfTheEnum(string enumName)
    {
        var names = NamesOf(FormatEnums.Single(t => t.Name == enumName));
        var list = string.Join(@" \| ", names.Select(n => $"`{n}`"));

        Assert.Contains(list + " |", Doc("format.md"), StringComparison.Ordinal);
    }

    private static IEnumerable<string> NamesOf(Type enumType) =>
        Enum.GetNames(enumType).Select(JsonNamingPolicy.CamelCase.ConvertName);

    private static string Doc(string file) => File.ReadAllText(RepositoryRoot.Combine("docs", file)).ReplaceLineEndings("\n");

    private static string Row(string file, string start)
    {
        var rows = Doc(file).Split('\n').Where(line => line.StartsWith(start, StringComparison.Ordinal)).ToList();
        Assert.True(rows.Count > 0, $"docs/{file} has no table row starting {start}");
        return rows[0];
    }

    private static string Section(string file, string heading)
    {
        var doc = Doc(file);
        var start = doc.IndexOf(heading + "\n", StringComparison.Ordinal);
        Assert.True(start >= 0, $"docs/{file} has no heading {heading}");
        var end = doc.IndexOf("\n#", start + heading.Length, StringComparison.Ordinal);
        return end < 0 ? doc[start..] : doc[start..end];
    }

    // Cells of a Markdown table row, 1-based; "\|" inside a cell is not a separator.
    private static string Cell(string row, int index) => Regex.Split(row, @"(?<!\\)\|")[index];

    private static string[] Codes(string text) => [.. Code().Matches(text).Select(m => m.Groups["name"].Value)];
}
