using JourneyKit.Model;
using JourneyKit.Validation;
using static JourneyKit.Tests.Validation.ValidationAssert;

namespace JourneyKit.Tests.Validation;

public class KpiValidatorTests
{
    private static readonly JourneyMap Map = SampleMap.Create();

    private static JourneyMap WithKpi(int index, Func<Kpi, Kpi> change) =>
        Map with { Kpis = SampleMap.Replace(Map.Kpis, index, change) };

    [Fact]
    public void Calculator_Unknown_NamesTheKeyAndTheRegisteredOnes() =>
        SingleError(WithKpi(1, k => k with { Calculator = "churn" }), "$.kpis[1].calculator", "unknownCalculator",
            "'calculator' \"churn\" is not a registered KPI calculator; use one of \"ces\", \"csat\", \"latest\", \"leadTime\", \"mean\", \"nps\", \"pce\".");

    [Fact]
    public void Calculator_IsCaseSensitive() =>
        SingleError(WithKpi(1, k => k with { Calculator = "NPS" }), "$.kpis[1].calculator", "unknownCalculator",
            "'calculator' \"NPS\" is not a registered KPI calculator; use one of \"ces\", \"csat\", \"latest\", \"leadTime\", \"mean\", \"nps\", \"pce\".");

    [Fact]
    public void Calculator_RegisteredInTheOptions_IsAllowed()
    {
        var options = new JourneyValidatorOptions();
        options.KnownCalculatorKeys.Add("churn");
        Clean(WithKpi(1, k => k with { Calculator = "churn" }), new JourneyValidator(options));
    }

    [Fact]
    public void Options_CollectionInitializer_AddsToTheBuiltInKeys()
    {
        var validator = new JourneyValidator(new JourneyValidatorOptions { KnownCalculatorKeys = { "churn" } });
        Clean(WithKpi(1, k => k with { Calculator = "churn" }), validator);
        Clean(Map, validator);
    }

    [Fact]
    public void Options_ChangedAfterTheValidatorIsBuilt_DoNotAffectIt()
    {
        var options = new JourneyValidatorOptions();
        var validator = new JourneyValidator(options);
        options.KnownCalculatorKeys.Add("churn");
        Assert.False(validator.Validate(WithKpi(1, k => k with { Calculator = "churn" })).IsValid);
    }

    [Fact]
    public void Options_Invalid_AreRefused()
    {
        Assert.Throws<ArgumentNullException>("options", () => new JourneyValidator(null!));
        Assert.Throws<ArgumentOutOfRangeException>("options.MaxIdLength", () => new JourneyValidator(new JourneyValidatorOptions { MaxIdLength = 0 }));
        Assert.Throws<ArgumentException>("options.KnownCalculatorKeys", () => new JourneyValidator(new JourneyValidatorOptions { KnownCalculatorKeys = ["latest", " "] }));
    }

    [Fact]
    public void Scope_UnknownStage_IsADanglingReference() =>
        SingleError(WithKpi(0, k => k with { Scope = k.Scope! with { StageId = "pay" } }), "$.kpis[0].scope.stageId", "danglingReference",
            "'stageId' \"pay\" is not the id of any stage in $.stages; use one of \"consider\", \"purchase\".");

    [Fact]
    public void Scope_UnknownTouchpoint_IsADanglingReference() =>
        SingleError(WithKpi(0, k => k with { Scope = k.Scope! with { TouchpointId = "purchase" } }), "$.kpis[0].scope.touchpointId", "danglingReference",
            "'touchpointId' \"purchase\" is not the id of any touchpoint in $.stages[*].touchpoints; use one of \"search\", \"size-guide\", \"basket\", \"payment\".");

    [Fact]
    public void Scope_UnknownPersona_IsADanglingReference() =>
        SingleError(WithKpi(0, k => k with { Scope = k.Scope! with { PersonaId = "nobody" } }), "$.kpis[0].scope.personaId", "danglingReference",
            "'personaId' \"nobody\" is not the id of any persona in $.personas; use one of \"parent\", \"student\".");

    [Fact]
    public void Baseline_NaN_IsNotFinite() =>
        SingleError(WithKpi(0, k => k with { Baseline = double.NaN }), "$.kpis[0].baseline", "notFinite",
            "'baseline' must be a finite number. You entered NaN.");

    [Fact]
    public void Target_Infinite_IsNotFinite() =>
        SingleError(WithKpi(0, k => k with { Target = double.NegativeInfinity }), "$.kpis[0].target", "notFinite",
            "'target' must be a finite number. You entered -Infinity.");

    [Fact]
    public void Measurement_ValueNaN_IsNotFinite() =>
        SingleError(WithKpi(0, k => k with { Measurements = [k.Measurements[0], k.Measurements[0] with { Value = double.NaN }] }),
            "$.kpis[0].measurements[1].value", "notFinite", "'value' must be a finite number. You entered NaN.");

    [Fact]
    public void Measurement_WithoutTime_IsRequired() =>
        SingleError(WithKpi(0, k => k with { Measurements = [k.Measurements[0] with { At = default }] }),
            "$.kpis[0].measurements[0].at", "required", "'at' is missing or 0001-01-01T00:00:00Z, the empty time, which is no measurement's time: give the time of the measurement in ISO 8601, e.g. \"2026-01-31T00:00:00Z\".");

    [Fact]
    public void Measurement_AtTheEmptyTimeInTheFile_SaysWhatItIs_NotThatItIsMissing()
    {
        // Issue 15 item 3: "0001-01-01T00:00:00Z" written in the file read "'at' is required".
        var json = File.ReadAllText(RepositoryRoot.Combine("docs", "examples", "online-retail.json"));
        var node = System.Text.Json.Nodes.JsonNode.Parse(json)!;
        node["kpis"]![0]!["measurements"]![0]!["at"] = "0001-01-01T00:00:00Z";
        var map = new JourneyKit.Serialization.JourneySerializer().Read(node.ToJsonString());

        var error = Assert.Single(new JourneyKit.Validation.JourneyValidator().Validate(map).Errors);

        Assert.Equal("$.kpis[0].measurements[0].at", error.Path);
        Assert.StartsWith("'at' is missing or 0001-01-01T00:00:00Z, the empty time", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Measurement_NullItem_IsRequired() =>
        SingleError(WithKpi(1, k => k with { Measurements = [null!] }),
            "$.kpis[1].measurements[0]", "required", "'measurements[0]' must be a measurement object, not null.");
}
