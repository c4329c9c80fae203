using JourneyKit.Model;
using static JourneyKit.Tests.Validation.ValidationAssert;

namespace JourneyKit.Tests.Validation;

public class CompetitorValidatorTests
{
    private static readonly JourneyMap Map = SampleMap.Create();

    private static JourneyMap WithScores(Dictionary<string, double> scores) =>
        Map with { Competitors = [Map.Competitors[0] with { StageScores = scores }] };

    [Fact]
    public void StageScores_UnknownStage_IsADanglingReference() =>
        SingleError(WithScores(new() { ["consider"] = 50, ["awareness"] = 60 }), "$.competitors[0].stageScores.awareness", "danglingReference",
            "The key \"awareness\" of 'stageScores' is not the id of any stage in $.stages; use one of \"consider\", \"purchase\".");

    [Fact]
    public void StageScores_Above100_IsOutOfRange() =>
        SingleError(WithScores(new() { ["purchase"] = 120 }), "$.competitors[0].stageScores.purchase", "range",
            "'stageScores[\"purchase\"]' must be between 0 and 100. You entered 120.");

    [Fact]
    public void StageScores_Infinite_IsNotFinite() =>
        SingleError(WithScores(new() { ["purchase"] = double.PositiveInfinity }), "$.competitors[0].stageScores.purchase", "notFinite",
            "'stageScores[\"purchase\"]' must be a finite number. You entered Infinity.");

    [Fact]
    public void Name_Missing_IsRequired() =>
        SingleError(Map with { Competitors = [Map.Competitors[0] with { Name = "" }] }, "$.competitors[0].name", "required",
            "'name' is required and must not be empty or white space.");
}
