using JourneyKit.Model;
using JourneyKit.Validation;
using static JourneyKit.Tests.Validation.ValidationAssert;

namespace JourneyKit.Tests.Validation;

public class PlaybookValidatorTests
{
    private static readonly JourneyMap Map = SampleMap.Create();

    private static JourneyMap WithPlay(int index, Func<Play, Play> change) =>
        Map with { Playbooks = [Map.Playbooks[0] with { Plays = SampleMap.Replace(Map.Playbooks[0].Plays, index, change) }] };

    private static JourneyMap WithCondition(PlayMetric metric, string? targetId) =>
        WithPlay(0, p => p with { When = p.When with { Metric = metric, TargetId = targetId } });

    [Fact]
    public void Plays_DuplicateIdInOnePlaybook_IsReported() =>
        SingleError(WithPlay(1, p => p with { Id = "call" }), "$.playbooks[0].plays[1].id", "duplicateId",
            "'id' \"call\" is already used by $.playbooks[0].plays[0]; play ids must be unique within their playbook.");

    [Fact]
    public void Plays_SameIdInTwoPlaybooks_IsAllowed() =>
        Clean(Map with { Playbooks = [.. Map.Playbooks, Map.Playbooks[0] with { Id = "other" }] });

    [Fact]
    public void When_Missing_IsRequired() =>
        SingleError(WithPlay(0, p => p with { When = null! }), "$.playbooks[0].plays[0].when", "required",
            "'when' is required: give the condition under which the play fires, e.g. { \"metric\": \"nps\", \"targetId\": \"delivery\", \"op\": \"lt\", \"value\": 0 }.");

    [Fact]
    public void Action_Blank_IsRequired() =>
        SingleError(WithPlay(1, p => p with { Action = "  " }), "$.playbooks[0].plays[1].action", "required",
            "'action' is required and must not be empty or white space.");

    [Fact]
    public void Value_NaN_IsNotFinite() =>
        SingleError(WithPlay(1, p => p with { When = p.When with { Value = double.NaN } }), "$.playbooks[0].plays[1].when.value", "notFinite",
            "'value' must be a finite number. You entered NaN.");

    [Theory]
    [InlineData(PlayMetric.Emotion, "payment")]
    [InlineData(PlayMetric.TouchpointScore, "search")]
    [InlineData(PlayMetric.Nps, "payment")]
    [InlineData(PlayMetric.Nps, "purchase")]
    [InlineData(PlayMetric.Csat, "consider")]
    [InlineData(PlayMetric.Ces, "basket")]
    [InlineData(PlayMetric.StageScore, "purchase")]
    [InlineData(PlayMetric.KpiAttainment, "conversion")]
    [InlineData(PlayMetric.OpportunityScore, "find-size")]
    [InlineData(PlayMetric.JourneyScore, null)]
    public void TargetId_OfTheKindItsMetricReads_IsAllowed(PlayMetric metric, string? targetId) =>
        Clean(WithCondition(metric, targetId));

    [Theory]
    [InlineData(PlayMetric.Emotion, "purchase", "touchpoint in $.stages[*].touchpoints", "emotion", "use one of \"search\", \"size-guide\", \"basket\", \"payment\"")]
    [InlineData(PlayMetric.TouchpointScore, "conversion", "touchpoint in $.stages[*].touchpoints", "touchpointScore", "use one of \"search\", \"size-guide\", \"basket\", \"payment\"")]
    [InlineData(PlayMetric.Csat, "find-size", "stage or touchpoint in $.stages or $.stages[*].touchpoints", "csat", "use one of \"consider\", \"purchase\", \"search\", \"size-guide\", \"basket\", \"payment\"")]
    [InlineData(PlayMetric.StageScore, "payment", "stage in $.stages", "stageScore", "use one of \"consider\", \"purchase\"")]
    [InlineData(PlayMetric.KpiAttainment, "purchase", "KPI in $.kpis", "kpiAttainment", "use one of \"conversion\", \"nps\"")]
    [InlineData(PlayMetric.OpportunityScore, "kids-chart", "outcome in $.outcomes", "opportunityScore", "use one of \"find-size\", \"pay-fast\"")]
    public void TargetId_OfAnotherKind_IsADanglingReference(PlayMetric metric, string targetId, string expected, string metricName, string allowed) =>
        SingleError(WithCondition(metric, targetId), "$.playbooks[0].plays[0].when.targetId", "danglingReference",
            $"'targetId' \"{targetId}\" is not the id of any {expected}, which is what metric '{metricName}' reads; {allowed}.");

    [Fact]
    public void TargetId_MissingForAMetricThatNeedsOne_IsRequired() =>
        SingleError(WithCondition(PlayMetric.Nps, null), "$.playbooks[0].plays[0].when.targetId", "required",
            "'targetId' is required for metric 'nps': name the stage or touchpoint it reads.");

    [Fact]
    public void TargetId_ForJourneyScore_IsNotAllowed() =>
        SingleError(WithCondition(PlayMetric.JourneyScore, "purchase"), "$.playbooks[0].plays[0].when.targetId", "targetNotAllowed",
            "'targetId' must be left out for metric 'journeyScore', which reads the whole journey. You entered \"purchase\".");

    [Fact]
    public void Playbook_NameMissing_IsRequired() =>
        SingleError(Map with { Playbooks = [Map.Playbooks[0] with { Name = null! }] }, "$.playbooks[0].name", "required",
            "'name' is required and must not be empty or white space.");

    [Fact]
    public void Play_NullItem_IsRequired() =>
        SingleError(Map with { Playbooks = [Map.Playbooks[0] with { Plays = [null!] }] }, "$.playbooks[0].plays[0]", "required",
            "'plays[0]' must be a play object, not null.");
}
