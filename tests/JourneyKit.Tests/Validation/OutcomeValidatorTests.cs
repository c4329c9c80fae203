using JourneyKit.Model;
using static JourneyKit.Tests.Validation.ValidationAssert;

namespace JourneyKit.Tests.Validation;

public class OutcomeValidatorTests
{
    private static readonly JourneyMap Map = SampleMap.Create();

    private static JourneyMap WithOutcome(int index, Func<Outcome, Outcome> change) =>
        Map with { Outcomes = SampleMap.Replace(Map.Outcomes, index, change) };

    [Fact]
    public void Statement_Missing_IsRequired() =>
        SingleError(WithOutcome(0, o => o with { Statement = "" }), "$.outcomes[0].statement", "required",
            "'statement' is required and must not be empty or white space.");

    [Fact]
    public void Importance_NeitherNumberNorResponses_IsRequired() =>
        SingleError(WithOutcome(0, o => o with { Importance = null }), "$.outcomes[0].importance", "required",
            "'importance' is required: give a number from 0 to 10, or the counts of 1..5 ratings in 'importanceResponses'.");

    [Fact]
    public void Satisfaction_NeitherNumberNorResponses_IsRequired() =>
        SingleError(WithOutcome(1, o => o with { SatisfactionResponses = null }), "$.outcomes[1].satisfaction", "required",
            "'satisfaction' is required: give a number from 0 to 10, or the counts of 1..5 ratings in 'satisfactionResponses'.");

    [Fact]
    public void Importance_NumberAndResponses_IsAConflictReportedAtTheResponses() =>
        SingleError(WithOutcome(0, o => o with { ImportanceResponses = [1, 1, 1, 1, 1] }), "$.outcomes[0].importanceResponses", "conflict",
            "'importance' and 'importanceResponses' are both given; give only one: the number (0..10) or the counts of 1..5 ratings.");

    [Fact]
    public void Satisfaction_NumberAndResponses_IsAConflict() =>
        SingleError(WithOutcome(1, o => o with { Satisfaction = 5 }), "$.outcomes[1].satisfactionResponses", "conflict",
            "'satisfaction' and 'satisfactionResponses' are both given; give only one: the number (0..10) or the counts of 1..5 ratings.");

    [Fact]
    public void Importance_AboveTen_IsOutOfRange() =>
        SingleError(WithOutcome(0, o => o with { Importance = 11 }), "$.outcomes[0].importance", "range",
            "'importance' must be between 0 and 10. You entered 11.");

    [Fact]
    public void Satisfaction_Negative_IsOutOfRange() =>
        SingleError(WithOutcome(0, o => o with { Satisfaction = -0.1 }), "$.outcomes[0].satisfaction", "range",
            "'satisfaction' must be between 0 and 10. You entered -0.1.");

    [Fact]
    public void ImportanceResponses_FourCounts_IsTheWrongLength() =>
        SingleError(WithOutcome(1, o => o with { ImportanceResponses = [1, 2, 3, 4] }), "$.outcomes[1].importanceResponses", "arrayLength",
            "'importanceResponses' must hold exactly 5 counts, one per rating 1..5. You entered 4.");

    [Fact]
    public void SatisfactionResponses_NegativeCount_IsOutOfRange() =>
        SingleError(WithOutcome(1, o => o with { SatisfactionResponses = [5, 5, 5, 5, -1] }), "$.outcomes[1].satisfactionResponses[4]", "range",
            "'satisfactionResponses[4]' must be greater than or equal to 0: it counts answers. You entered -1.");

    [Fact]
    public void ImportanceResponses_SummingPastLongMaxValue_AreMoreThanTheLimit() =>
        SingleError(WithOutcome(1, o => o with { ImportanceResponses = [long.MaxValue, 1, 0, 0, 0] }), "$.outcomes[1].importanceResponses", "range",
            "'importanceResponses' must count at most 9007199254740992 answers in total (2^53, the most a double counts exactly). You entered 9223372036854775808.");

    [Fact]
    public void SatisfactionResponses_OverTheLimitInTotal_AreRefused() =>
        SingleError(WithOutcome(1, o => o with { SatisfactionResponses = [1L << 52, 1L << 52, 0, 0, 1] }), "$.outcomes[1].satisfactionResponses", "range",
            "'satisfactionResponses' must count at most 9007199254740992 answers in total (2^53, the most a double counts exactly). You entered 9007199254740993.");

    [Fact]
    public void Responses_ExactlyTheLimitInTotal_AreAllowed() =>
        Clean(WithOutcome(1, o => o with { ImportanceResponses = [0, 0, 0, 1L << 52, 1L << 52], SatisfactionResponses = [FormatFacts.MaxAnswers, 0, 0, 0, 0] }));

    [Fact]
    public void StageId_Unknown_IsADanglingReference() =>
        SingleError(WithOutcome(0, o => o with { StageId = "checkout" }), "$.outcomes[0].stageId", "danglingReference",
            "'stageId' \"checkout\" is not the id of any stage in $.stages; use one of \"consider\", \"purchase\".");

    [Fact]
    public void PersonaId_Unknown_IsADanglingReference() =>
        SingleError(WithOutcome(0, o => o with { PersonaId = "ghost" }), "$.outcomes[0].personaId", "danglingReference",
            "'personaId' \"ghost\" is not the id of any persona in $.personas; use one of \"parent\", \"student\".");

    [Fact]
    public void ProcessIds_Unknown_IsReportedAtTheItem() =>
        SingleError(WithOutcome(1, o => o with { ProcessIds = ["catalogue", "billing"] }), "$.outcomes[1].processIds[1]", "danglingReference",
            "'processIds[1]' \"billing\" is not the id of any process in $.processes; use one of \"catalogue\".");
}
