using JourneyKit.Model;

namespace JourneyKit.Tests.Model;

/// <summary>What a model record built in code with only its required properties holds: empty lists, never <see langword="null"/>, and the documented defaults.</summary>
public class RecordDefaultsTests
{
    [Fact]
    public void JourneyMap_RequiredOnly_HasEmptyListsAndDefaults()
    {
        var map = new JourneyMap { Id = "m", Name = "M" };

        Assert.Equal(JourneyMap.CurrentSchemaVersion, map.SchemaVersion);
        Assert.Equal(MapState.Current, map.State);
        Assert.Null(map.Description);
        Assert.Null(map.BaseMapId);
        Assert.Empty(map.Personas);
        Assert.Empty(map.Stages);
        Assert.Empty(map.Outcomes);
        Assert.Empty(map.Processes);
        Assert.Empty(map.Kpis);
        Assert.Empty(map.Opportunities);
        Assert.Empty(map.Competitors);
        Assert.Empty(map.Playbooks);
        Assert.Null(map.ExtensionData);
    }

    [Fact]
    public void Touchpoint_RequiredOnly_HasEmptyListsAndDefaults()
    {
        var touchpoint = new Touchpoint { Id = "t", Name = "T" };

        Assert.Equal(Channel.Other, touchpoint.Channel);
        Assert.Null(touchpoint.Initiator);
        Assert.Null(touchpoint.Emotion);
        Assert.Empty(touchpoint.PersonaIds);
        Assert.Empty(touchpoint.EmotionsByPersona);
        Assert.Empty(touchpoint.Enablers);
        Assert.Empty(touchpoint.Barriers);
        Assert.Null(touchpoint.ValueAdding);
        Assert.Null(touchpoint.Responses);
    }

    [Fact]
    public void Persona_RequiredOnly_HasWeightOneAndEmptyLists()
    {
        var persona = new Persona { Id = "p", Name = "P" };

        Assert.Equal(1, persona.Weight);
        Assert.Null(persona.Adoption);
        Assert.Empty(persona.Goals);
        Assert.Empty(persona.Behaviors);
        Assert.Empty(persona.Values);
        Assert.Empty(persona.PreferredChannels);
    }

    [Fact]
    public void OtherRecords_RequiredOnly_HaveTheirDefaults()
    {
        var stage = new Stage { Id = "s", Name = "S" };
        var outcome = new Outcome { Id = "o", Statement = "O" };
        var opportunity = new Opportunity { Id = "x", Title = "X" };
        var kpi = new Kpi { Id = "k", Name = "K" };
        var competitor = new Competitor { Id = "c", Name = "C" };
        var playbook = new Playbook { Id = "b", Name = "B" };
        var responses = new SurveyResponses();

        Assert.Equal(StageKind.Custom, stage.Kind);
        Assert.Empty(stage.Touchpoints);
        Assert.Equal(OutcomeKind.Positive, outcome.Kind);
        Assert.Empty(outcome.ProcessIds);
        Assert.Null(outcome.ImportanceResponses);
        Assert.Null(outcome.SatisfactionResponses);
        Assert.Equal(OpportunityStatus.Idea, opportunity.Status);
        Assert.Empty(opportunity.TouchpointIds);
        Assert.Empty(opportunity.OutcomeIds);
        Assert.Equal(Kpi.DefaultCalculator, kpi.Calculator);
        Assert.Equal(KpiDirection.HigherIsBetter, kpi.Direction);
        Assert.Empty(kpi.Measurements);
        Assert.Empty(competitor.StageScores);
        Assert.Empty(playbook.Plays);
        Assert.Null(responses.Nps);
        Assert.Null(responses.Csat);
        Assert.Null(responses.Ces);
    }

    [Fact]
    public void Equals_DefaultAndExplicitEmptyList_AreEqual()
    {
        var implicitEmpty = new Touchpoint { Id = "t", Name = "T" };
        var explicitEmpty = new Touchpoint { Id = "t", Name = "T", PersonaIds = [], Barriers = [] };

        Assert.Equal(implicitEmpty, explicitEmpty);
        Assert.Equal(implicitEmpty.GetHashCode(), explicitEmpty.GetHashCode());
    }
}
