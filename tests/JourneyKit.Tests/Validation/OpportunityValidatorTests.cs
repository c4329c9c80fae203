using JourneyKit.Model;
using static JourneyKit.Tests.Validation.ValidationAssert;

namespace JourneyKit.Tests.Validation;

public class OpportunityValidatorTests
{
    private static readonly JourneyMap Map = SampleMap.Create();

    private static JourneyMap WithOpportunity(Func<Opportunity, Opportunity> change) =>
        Map with { Opportunities = SampleMap.Replace(Map.Opportunities, 0, change) };

    [Fact]
    public void Title_Missing_IsRequired() =>
        SingleError(WithOpportunity(o => o with { Title = null! }), "$.opportunities[0].title", "required",
            "'title' is required and must not be empty or white space.");

    [Fact]
    public void Effort_Zero_IsOutOfRange() =>
        SingleError(WithOpportunity(o => o with { Effort = 0 }), "$.opportunities[0].effort", "range",
            "'effort' must be between 0.001 and 1000000000000000. You entered 0.");

    [Fact]
    public void Reach_Negative_IsOutOfRange() =>
        SingleError(WithOpportunity(o => o with { Reach = -5 }), "$.opportunities[0].reach", "range",
            "'reach' must be between 0 and 1000000000000000. You entered -5.");

    [Fact]
    public void Impact_Negative_IsOutOfRange() =>
        SingleError(WithOpportunity(o => o with { Impact = -0.25 }), "$.opportunities[0].impact", "range",
            "'impact' must be between 0 and 1000000000000000. You entered -0.25.");

    [Fact]
    public void Confidence_AboveOne_IsOutOfRange() =>
        SingleError(WithOpportunity(o => o with { Confidence = 80 }), "$.opportunities[0].confidence", "range",
            "'confidence' must be between 0 and 1. You entered 80.");

    [Fact]
    public void TouchpointIds_Unknown_IsADanglingReference() =>
        SingleError(WithOpportunity(o => o with { TouchpointIds = ["size_guide"] }), "$.opportunities[0].touchpointIds[0]", "danglingReference",
            "'touchpointIds[0]' \"size_guide\" is not the id of any touchpoint in $.stages[*].touchpoints; use one of \"search\", \"size-guide\", \"basket\", \"payment\".");

    [Fact]
    public void OutcomeIds_Unknown_IsADanglingReference() =>
        SingleError(WithOpportunity(o => o with { OutcomeIds = ["find-size", "find-colour"] }), "$.opportunities[0].outcomeIds[1]", "danglingReference",
            "'outcomeIds[1]' \"find-colour\" is not the id of any outcome in $.outcomes; use one of \"find-size\", \"pay-fast\".");

    [Fact]
    public void Rice_Incomplete_IsAWarningNamingWhatIsMissing() =>
        SingleWarning(WithOpportunity(o => o with { Reach = null, Effort = null }), "$.opportunities[0]", "incompleteRice",
            "Opportunity \"kids-chart\" lacks 'reach', 'effort' of the four RICE inputs (reach, impact, confidence, effort), so it stays out of the backlog.");

    [Theory]
    [InlineData(OpportunityStatus.Done)]
    [InlineData(OpportunityStatus.Dropped)]
    public void Rice_IncompleteOnAClosedOpportunity_IsNotWarned(OpportunityStatus status) =>
        Clean(WithOpportunity(o => o with { Reach = null, Status = status }));
}
