using System.Text.Json;
using JourneyKit.Comparison;
using JourneyKit.Model;
using JourneyKit.Serialization;
using JourneyKit.Tests.Comparison;

namespace JourneyKit.Tests.Serialization;

public class DiffReportJsonTests
{
    private static JourneyDiffReport Report()
    {
        var before = TestMaps.Read(ImpactMaps.Before);
        var after = TestMaps.Read(ImpactMaps.After);
        var moved = after with
        {
            Stages =
            [
                after.Stages[0] with { Touchpoints = [.. after.Stages[0].Touchpoints, after.Stages[1].Touchpoints[1], new JourneyKit.Model.Touchpoint { Id = "chatbot", Name = "Chatbot" }] },
                after.Stages[1] with { Touchpoints = [after.Stages[1].Touchpoints[0]] },
            ],
        };
        return new JourneyComparer().Compare(before, moved);
    }

    [Fact]
    public void Write_UsesTheDesignsNamesAndOrder()
    {
        using var document = JsonDocument.Parse(DiffReportJson.Write(Report()));
        var root = document.RootElement;

        Assert.Equal(["kind", "metrics", "structure", "oneSided", "warnings"], root.EnumerateObject().Select(p => p.Name));
        Assert.Equal("measured", root.GetProperty("kind").GetString());

        var nps = root.GetProperty("metrics").EnumerateArray().First(r => r.GetProperty("metric").GetString() == "nps");
        Assert.Equal(
            ["scope", "id", "metric", "before", "after", "difference", "standardError", "statistic", "significant", "direction"],
            nps.EnumerateObject().Select(p => p.Name));
        Assert.Equal("journey", nps.GetProperty("scope").GetString());
        Assert.Equal(JsonValueKind.Null, nps.GetProperty("id").ValueKind);
        Assert.Equal(15, nps.GetProperty("difference").GetDouble(), 12);
        Assert.True(nps.GetProperty("significant").GetBoolean());
        Assert.Equal("better", nps.GetProperty("direction").GetString());

        var structure = root.GetProperty("structure");
        Assert.Equal(["added", "removed", "moved", "changed"], structure.EnumerateObject().Select(p => p.Name));
        var added = Assert.Single(structure.GetProperty("added").EnumerateArray());
        Assert.Equal("""{"kind":"touchpoint","id":"chatbot"}""", Compact(added));
        var moved = Assert.Single(structure.GetProperty("moved").EnumerateArray());
        Assert.Equal("""{"id":"checkout","fromStageId":"purchase","toStageId":"awareness"}""", Compact(moved));
        var changed = structure.GetProperty("changed").EnumerateArray().First(c => c.GetProperty("id").GetString() == "demo");
        Assert.Equal(["kind", "id", "fields", "changes"], changed.EnumerateObject().Select(p => p.Name));
        Assert.StartsWith(
            """{"kind":"touchpoint","id":"demo","fields":["emotion","responses"],"changes":[{"field":"emotion","before":-1,"after":1},{"field":"responses","before":{"nps":[10,""",
            Compact(changed),
            StringComparison.Ordinal);
    }

    [Fact]
    public void Write_NonSurveyFigures_HaveExplicitNulls()
    {
        using var document = JsonDocument.Parse(DiffReportJson.Write(Report()));

        var score = document.RootElement.GetProperty("metrics")[0];

        Assert.Equal("score", score.GetProperty("metric").GetString());
        Assert.Equal(JsonValueKind.Null, score.GetProperty("standardError").ValueKind);
        Assert.Equal(JsonValueKind.Null, score.GetProperty("statistic").ValueKind);
        Assert.Equal(JsonValueKind.Null, score.GetProperty("significant").ValueKind);
    }

    [Fact]
    public void Write_FieldAbsentOnOneSide_IsNull()
    {
        var before = TestMaps.Read(ImpactMaps.Before);
        var after = before with { Stages = [before.Stages[0] with { Touchpoints = [before.Stages[0].Touchpoints[0] with { Owner = "marketing" }] }, before.Stages[1]] };

        using var document = JsonDocument.Parse(DiffReportJson.Write(new JourneyComparer().Compare(before, after)));

        var change = Assert.Single(document.RootElement.GetProperty("structure").GetProperty("changed").EnumerateArray());
        Assert.Equal("""{"kind":"touchpoint","id":"ad","fields":["owner"],"changes":[{"field":"owner","before":null,"after":"marketing"}]}""", Compact(change));
    }

    [Fact]
    public void Write_OneSided_NamesTheSide()
    {
        var before = TestMaps.Read(ImpactMaps.Before);
        var after = before with { Stages = [before.Stages[0], before.Stages[1] with { Touchpoints = [before.Stages[1].Touchpoints[0] with { Responses = null }, before.Stages[1].Touchpoints[1]] }] };

        using var document = JsonDocument.Parse(DiffReportJson.Write(new JourneyComparer().Compare(before, after)));

        Assert.Equal(
            """[{"scope":"journey","id":null,"metric":"nps","side":"before"},{"scope":"stage","id":"purchase","metric":"nps","side":"before"},{"scope":"touchpoint","id":"demo","metric":"nps","side":"before"}]""",
            Compact(document.RootElement.GetProperty("oneSided")));
    }

    [Fact]
    public void Read_WhatWriteWrote_WritesTheSameText()
    {
        var text = DiffReportJson.Write(Report());

        Assert.Equal(text, DiffReportJson.Write(DiffReportJson.Read(text)));
    }

    [Fact]
    public void Read_NotAReport_ThrowsAFormatException()
    {
        Assert.Throws<JourneyFormatException>(() => DiffReportJson.Read("""{ "kind": "guessed" }"""));
        Assert.Throws<JourneyFormatException>(() => DiffReportJson.Read("null"));
    }

    private static string Compact(JsonElement element) => JsonSerializer.Serialize(element, TestJsonContext.Default.JsonElement);
}
