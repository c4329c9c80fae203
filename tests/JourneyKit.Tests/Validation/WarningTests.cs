using System.Text.Json;
using JourneyKit.Model;
using JourneyKit.Serialization;
using JourneyKit.Validation;
using static JourneyKit.Tests.Validation.ValidationAssert;

namespace JourneyKit.Tests.Validation;

public class WarningTests
{
    private static readonly JourneyMap Map = SampleMap.Create();

    private static Dictionary<string, JsonElement> Extra(string name) =>
        new() { [name] = JsonDocument.Parse("\"red\"").RootElement.Clone() };

    [Fact]
    public void UnknownProperty_OnTheMap_IsAWarningAtItsPath() =>
        SingleWarning(Map with { ExtensionData = Extra("colour") }, "$.colour", "unknownProperty",
            "\"colour\" is not a property of a journey map in format 1.0; it is kept but ignored (check the spelling).");

    [Fact]
    public void UnknownProperty_OnAStage_IsAWarningAtItsPath() =>
        SingleWarning(Map.WithStage(0, s => s with { ExtensionData = Extra("colour") }), "$.stages[0].colour", "unknownProperty",
            "\"colour\" is not a property of a stage in format 1.0; it is kept but ignored (check the spelling).");

    [Fact]
    public void UnknownProperty_DeepInside_HasTheFullPath() =>
        SingleWarning(Map.WithTouchpoint(0, 1, t => t with { Responses = t.Responses! with { ExtensionData = Extra("npss") } }),
            "$.stages[0].touchpoints[1].responses.npss", "unknownProperty",
            "\"npss\" is not a property of a touchpoint's responses in format 1.0; it is kept but ignored (did you mean 'nps'?).");

    [Theory]
    [InlineData("emotoin", "emotion")]
    [InlineData("emoton", "emotion")]
    [InlineData("Emotion", "emotion")]
    [InlineData("emotionByPersona", "emotionsByPersona")]
    [InlineData("nam", "name")]
    [InlineData("chanel", "channel")]
    [InlineData("processMinute", "processMinutes")]
    public void UnknownProperty_CloseToAKnownName_SuggestsIt(string typed, string known) =>
        SingleWarning(Map.WithTouchpoint(0, 0, t => t with { ExtensionData = Extra(typed) }), $"$.stages[0].touchpoints[0].{typed}", "unknownProperty",
            $"\"{typed}\" is not a property of a touchpoint in format 1.0; it is kept but ignored (did you mean '{known}'?).");

    [Theory]
    [InlineData("x")]        // two edits from "id", but "id" has only two letters
    [InlineData("colour")]
    [InlineData("emotionless")]
    public void UnknownProperty_FarFromEveryName_AsksToCheckTheSpelling(string typed) =>
        SingleWarning(Map.WithTouchpoint(0, 0, t => t with { ExtensionData = Extra(typed) }), $"$.stages[0].touchpoints[0].{typed}", "unknownProperty",
            $"\"{typed}\" is not a property of a touchpoint in format 1.0; it is kept but ignored (check the spelling).");

    [Theory]
    [InlineData("emotion", "emotion", 0)]
    [InlineData("emotoin", "emotion", 1)]
    [InlineData("EMOTION", "emotion", 0)]
    [InlineData("", "id", 2)]
    [InlineData("ca", "abc", 3)]  // optimal string alignment: no edit of a swapped pair
    [InlineData("kitten", "sitting", 3)]
    public void Suggestion_Distance_IsTheOptimalStringAlignmentDistance(string a, string b, int expected) =>
        Assert.Equal(expected, Suggestion.Distance(a, b));

    [Fact]
    public void UnknownProperty_WithADot_IsBracketed() =>
        SingleWarning(Map with { Kpis = [Map.Kpis[0] with { Scope = Map.Kpis[0].Scope! with { ExtensionData = Extra("a.b") } }, Map.Kpis[1]] },
            "$.kpis[0].scope['a.b']", "unknownProperty",
            "\"a.b\" is not a property of a KPI scope in format 1.0; it is kept but ignored (check the spelling).");

    [Fact]
    public void UnknownProperties_ReadFromJson_AreWarnedEverywhere()
    {
        const string json = """
            { "schemaVersion": "1.0", "id": "m", "name": "M", "colour": 1,
              "personas": [{ "id": "p", "name": "P", "age": 40 }],
              "stages": [{ "id": "s", "name": "S", "touchpoints": [{ "id": "t", "name": "T", "emotions": 2 }] }],
              "playbooks": [{ "id": "b", "name": "B", "plays": [{ "id": "x", "action": "A", "when": { "metric": "journeyScore", "op": "lt", "value": 1, "note": "n" } }] }] }
            """;
        var report = new JourneyValidator().Validate(new JourneySerializer().Read(json));

        Assert.Empty(report.Errors);
        Assert.Equal(
            ["$.personas[0].age", "$.stages[0].touchpoints[0].emotions", "$.playbooks[0].plays[0].when.note", "$.colour"],
            report.Warnings.Select(w => w.Path));
        Assert.All(report.Warnings, w => Assert.Equal("unknownProperty", w.Code));
    }

    [Fact]
    public void Persona_ThatNoTouchpointReaches_IsWarned()
    {
        var everyTouchpointNamesParent = Map with
        {
            Stages = [.. Map.Stages.Select(s => s with { Touchpoints = [.. s.Touchpoints.Select(t => t with { PersonaIds = ["parent"] })] })],
        };
        SingleWarning(everyTouchpointNamesParent, "$.personas[1]", "unreachedPersona",
            "Persona \"student\" meets no touchpoint; list it in a touchpoint's 'personaIds', or leave a touchpoint's 'personaIds' empty so that it reaches every persona.");
    }

    [Fact]
    public void Stage_WithoutTouchpoints_IsWarned()
    {
        var map = Map with { Stages = [.. Map.Stages, new Stage { Id = "advocacy", Name = "Advocacy" }] };
        SingleWarning(map, "$.stages[2]", "emptyStage",
            "Stage \"advocacy\" has no touchpoints, so it gets no score and no value stream; add the contacts customers have in it.");
    }

    [Fact]
    public void FutureMap_WithoutBaseMapId_IsWarned() =>
        SingleWarning(Map with { State = MapState.Future }, "$.baseMapId", "missingBaseMap",
            "A future-state map should name the current-state map it improves in 'baseMapId', so that the two can be compared.");

    [Fact]
    public void FutureMap_WithBaseMapId_IsClean() =>
        Clean(Map with { State = MapState.Future, BaseMapId = "shop-today" });

    [Fact]
    public void CurrentMap_WithBaseMapId_IsWarned() =>
        SingleWarning(Map with { BaseMapId = "shop-today" }, "$.baseMapId", "baseMapIgnored",
            "'baseMapId' applies only to a future-state map; set \"state\": \"future\" or leave 'baseMapId' out.");

    [Fact]
    public void Personas_AllWeightsZero_IsWarned() =>
        SingleWarning(Map with { Personas = [.. Map.Personas.Select(p => p with { Weight = 0 })] }, "$.personas", "zeroWeights",
            "Every persona's 'weight' is 0, so the journey score cannot weigh personas and falls back to the mean of the stage scores; give at least one persona a positive weight.");

    [Fact]
    public void Personas_OneWeightZero_IsClean() =>
        Clean(Map with { Personas = [Map.Personas[0] with { Weight = 0 }, Map.Personas[1]] });

    [Fact]
    public void Report_ListsErrorsBeforeWarnings()
    {
        var map = (Map with { ExtensionData = Extra("colour") }).WithTouchpoint(1, 1, t => t with { Emotion = 7 });
        var report = new JourneyValidator().Validate(map);

        Assert.Equal([ValidationSeverity.Error, ValidationSeverity.Warning], report.Issues.Select(i => i.Severity));
        Assert.Equal("$.stages[1].touchpoints[1].emotion: 'emotion' must be between -3 and 3. You entered 7.", report.Issues[0].ToString());
    }
}
