using System.Text.Json;
using JourneyKit.Comparison;
using JourneyKit.Model;

namespace JourneyKit.Tests.Comparison;

public class StructuralDifferTests
{
    private static JourneyMap Rich => TestMaps.Read(TestMaps.Rich);

    private static JourneyMap Edit(Func<string, string> edit) => TestMaps.Read(edit(TestMaps.Rich));

    [Fact]
    public void Compare_IdenticalMaps_IsEmpty()
    {
        var diff = StructuralDiffer.Compare(Rich, Rich);

        Assert.True(diff.IsEmpty);
        Assert.Empty(diff.Added);
        Assert.Empty(diff.Removed);
        Assert.Empty(diff.Moved);
        Assert.Empty(diff.Changed);
    }

    [Fact]
    public void Compare_OmittedDefaultsAndExplicitDefaults_AreEqual()
    {
        const string Omitted = """
            { "schemaVersion": "1.0", "id": "m", "name": "M",
              "personas": [{ "id": "p", "name": "P" }],
              "stages": [{ "id": "s", "name": "S", "touchpoints": [{ "id": "t", "name": "T" }] }],
              "kpis": [{ "id": "k", "name": "K" }], "opportunities": [{ "id": "o", "title": "O" }],
              "outcomes": [{ "id": "x", "statement": "X", "importance": 1, "satisfaction": 2 }] }
            """;
        const string Explicit = """
            { "schemaVersion": "1.0", "id": "m", "name": "M",
              "personas": [{ "id": "p", "name": "P", "weight": 1, "goals": [], "x-extra": null }],
              "stages": [{ "id": "s", "name": "S", "kind": "custom",
                           "touchpoints": [{ "id": "t", "name": "T", "channel": "other", "personaIds": [], "emotionsByPersona": {} }] }],
              "kpis": [{ "id": "k", "name": "K", "calculator": "latest", "direction": "higherIsBetter", "measurements": [] }],
              "opportunities": [{ "id": "o", "title": "O", "status": "idea" }],
              "outcomes": [{ "id": "x", "statement": "X", "kind": "positive", "importance": 1.0, "satisfaction": 2, "processIds": [] }] }
            """;

        Assert.True(StructuralDiffer.Compare(TestMaps.Read(Omitted), TestMaps.Read(Explicit)).IsEmpty);
        Assert.True(StructuralDiffer.Compare(TestMaps.Read(Explicit), TestMaps.Read(Omitted)).IsEmpty);
    }

    [Fact]
    public void Compare_ObjectsWithPropertiesInAnotherOrder_AreEqual()
    {
        var after = Edit(json => json.Replace("""{ "parent": 1, "student": -1 }""", """{ "student": -1, "parent": 1 }""", StringComparison.Ordinal));

        Assert.True(StructuralDiffer.Compare(Rich, after).IsEmpty);
    }

    [Fact]
    public void Compare_UnknownNumbersWrittenDifferently_AreEqual()
    {
        var before = Edit(json => json.Replace("\"x-note\": \"keep\"", "\"x-note\": { \"n\": 1, \"m\": [2] }", StringComparison.Ordinal));
        var after = Edit(json => json.Replace("\"x-note\": \"keep\"", "\"x-note\": { \"m\": [2.0], \"n\": 1.00 }", StringComparison.Ordinal));

        Assert.True(StructuralDiffer.Compare(before, after).IsEmpty);
    }

    [Fact]
    public void Compare_TouchpointMovedToAnotherStage_IsReportedOnceAsMoved()
    {
        // "review" leaves awareness and becomes the first touchpoint of purchase, nothing else changes.
        var before = Rich;
        var review = before.Stages[0].Touchpoints[1];
        var after = before with
        {
            Stages =
            [
                before.Stages[0] with { Touchpoints = [before.Stages[0].Touchpoints[0]] },
                before.Stages[1] with { Touchpoints = [review, .. before.Stages[1].Touchpoints] },
            ],
        };

        var diff = StructuralDiffer.Compare(before, after);

        var move = Assert.Single(diff.Moved);
        Assert.Equal(new TouchpointMove("review", "awareness", "purchase"), move);
        Assert.Empty(diff.Added);
        Assert.Empty(diff.Removed);
        Assert.Empty(diff.Changed);
    }

    [Fact]
    public void Compare_MovedTouchpointWithOtherChanges_IsChangedOnlyForThoseFields()
    {
        var before = Rich;
        var review = before.Stages[0].Touchpoints[1];
        var after = before with
        {
            Stages =
            [
                before.Stages[0] with { Touchpoints = [before.Stages[0].Touchpoints[0]] },
                before.Stages[1] with { Touchpoints = [.. before.Stages[1].Touchpoints, review with { Emotion = 2 }] },
            ],
        };

        var diff = StructuralDiffer.Compare(before, after);

        Assert.Equal(new TouchpointMove("review", "awareness", "purchase"), Assert.Single(diff.Moved));
        var change = Assert.Single(diff.Changed);
        Assert.Equal((EntityKind.Touchpoint, "review"), (change.Kind, change.Id));
        Assert.Equal(["emotion"], change.Fields);
        var field = Assert.Single(change.Changes);
        Assert.Equal(0, field.Before!.Value.GetDouble());
        Assert.Equal(2, field.After!.Value.GetDouble());
    }

    [Fact]
    public void Compare_AddedAndRemoved_AreListedByKindThenMapOrder()
    {
        var before = Rich;
        var after = before with
        {
            Personas = [before.Personas[1]],
            Stages =
            [
                before.Stages[0] with
                {
                    Touchpoints = [.. before.Stages[0].Touchpoints, new Touchpoint { Id = "chatbot", Name = "Chatbot" }],
                },
                before.Stages[1] with { Touchpoints = [before.Stages[1].Touchpoints[1]] },
                new Stage { Id = "advocacy", Name = "Advocacy", Touchpoints = [new Touchpoint { Id = "referral", Name = "Referral" }] },
            ],
            Kpis = [],
            Opportunities = [.. before.Opportunities, new Opportunity { Id = "chat", Title = "Chat" }],
        };

        var diff = StructuralDiffer.Compare(before, after);

        Assert.Equal(
            [
                new EntityReference(EntityKind.Stage, "advocacy"),
                new EntityReference(EntityKind.Touchpoint, "chatbot"),
                new EntityReference(EntityKind.Touchpoint, "referral"),
                new EntityReference(EntityKind.Opportunity, "chat"),
            ],
            diff.Added);
        Assert.Equal(
            [
                new EntityReference(EntityKind.Persona, "parent"),
                new EntityReference(EntityKind.Touchpoint, "demo"),
                new EntityReference(EntityKind.Kpi, "conv"),
            ],
            diff.Removed);
        Assert.Empty(diff.Moved);
        Assert.Empty(diff.Changed);
    }

    [Fact]
    public void Compare_ChangedFields_SayWhichFromWhatToWhat()
    {
        var after = Edit(json => json
            .Replace("""{ "id": "demo", "name": "Demo", "channel": "web", "emotion": -1, "owner": "sales",""", """{ "id": "demo", "name": "Live demo", "channel": "chat", "owner": "sales",""", StringComparison.Ordinal)
            .Replace("\"x-note\": \"keep\"", "\"x-note\": \"changed\"", StringComparison.Ordinal)
            .Replace("\"target\": 30", "\"target\": 35", StringComparison.Ordinal)
            .Replace("\"op\": \"lt\", \"value\": 0", "\"op\": \"lt\", \"value\": 10", StringComparison.Ordinal));

        var diff = StructuralDiffer.Compare(Rich, after);

        Assert.Empty(diff.Added);
        Assert.Empty(diff.Removed);
        Assert.Empty(diff.Moved);
        Assert.Equal(
            ["touchpoint demo: name channel emotion", "touchpoint checkout: x-note", "kpi conv: target", "playbook rescue: plays"],
            diff.Changed.Select(c => $"{c.Kind.ToString().ToLowerInvariant()} {c.Id}: {string.Join(' ', c.Fields)}"));

        var demo = diff.Changed[0].Changes;
        Assert.Equal(("Demo", "Live demo"), (demo[0].Before!.Value.GetString(), demo[0].After!.Value.GetString()));
        Assert.Equal(("web", "chat"), (demo[1].Before!.Value.GetString(), demo[1].After!.Value.GetString()));
        Assert.Equal(-1, demo[2].Before!.Value.GetDouble());
        Assert.Null(demo[2].After);
        Assert.Equal(("keep", "changed"), (diff.Changed[1].Changes[0].Before!.Value.GetString(), diff.Changed[1].Changes[0].After!.Value.GetString()));
        Assert.Equal((30, 35), (diff.Changed[2].Changes[0].Before!.Value.GetDouble(), diff.Changed[2].Changes[0].After!.Value.GetDouble()));
    }

    [Fact]
    public void Compare_TouchpointsReordered_IsAChangeOfTheStagesTouchpointOrder()
    {
        // checkout before demo; a new touchpoint in between does not count, only the kept ones' order does.
        var before = Rich;
        var purchase = before.Stages[1];
        var after = before with
        {
            Stages =
            [
                before.Stages[0],
                purchase with { Touchpoints = [purchase.Touchpoints[1], new Touchpoint { Id = "new", Name = "New" }, purchase.Touchpoints[0]] },
            ],
        };

        var diff = StructuralDiffer.Compare(before, after);

        var change = Assert.Single(diff.Changed);
        Assert.Equal((EntityKind.Stage, "purchase"), (change.Kind, change.Id));
        var order = Assert.Single(change.Changes);
        Assert.Equal(StructuralDiffer.TouchpointOrderField, order.Field);
        Assert.Equal("""["demo","checkout"]""", order.Before!.Value.GetRawText());
        Assert.Equal("""["checkout","demo"]""", order.After!.Value.GetRawText());
        Assert.Equal([new EntityReference(EntityKind.Touchpoint, "new")], diff.Added);
    }

    [Fact]
    public void Compare_NewTouchpointAppended_DoesNotChangeTheStage()
    {
        var before = Rich;
        var after = before with
        {
            Stages = [before.Stages[0], before.Stages[1] with { Touchpoints = [.. before.Stages[1].Touchpoints, new Touchpoint { Id = "new", Name = "New" }] }],
        };

        var diff = StructuralDiffer.Compare(before, after);

        Assert.Empty(diff.Changed);
        Assert.Single(diff.Added);
    }

    [Fact]
    public void Compare_UnknownPropertyAddedOnOneSide_IsAChangeFromNothing()
    {
        var after = Edit(json => json.Replace("\"id\": \"sell\", \"name\": \"Selling\"", "\"id\": \"sell\", \"name\": \"Selling\", \"x-owner\": { \"team\": \"b\" }", StringComparison.Ordinal));

        var change = Assert.Single(StructuralDiffer.Compare(Rich, after).Changed);

        Assert.Equal((EntityKind.Process, "sell"), (change.Kind, change.Id));
        var field = Assert.Single(change.Changes);
        Assert.Equal("x-owner", field.Field);
        Assert.Null(field.Before);
        Assert.Equal(JsonValueKind.Object, field.After!.Value.ValueKind);
    }

    [Fact]
    public void Compare_NullMaps_Throw()
    {
        Assert.Throws<ArgumentNullException>("before", () => StructuralDiffer.Compare(null!, Rich));
        Assert.Throws<ArgumentNullException>("after", () => StructuralDiffer.Compare(Rich, null!));
    }
}
