using JourneyKit.Model;
using JourneyKit.Validation;
using static JourneyKit.Tests.Validation.ValidationAssert;

namespace JourneyKit.Tests.Validation;

public class JourneyMapValidatorTests
{
    private static readonly JourneyMap Map = SampleMap.Create();

    [Fact]
    public void Validate_SampleMap_HasNoIssue() => Clean(Map);

    [Fact]
    public void Validate_NullMap_Throws() =>
        Assert.Throws<ArgumentNullException>("map", () => new JourneyValidator().Validate(null!));

    [Fact]
    public void SchemaVersion_Other_IsUnsupported() =>
        SingleError(Map with { SchemaVersion = "2.0" }, "$.schemaVersion", "unsupportedVersion",
            "'schemaVersion' must be \"1.0\", the only version this library reads. You entered \"2.0\".");

    [Fact]
    public void SchemaVersion_Blank_IsRequired() =>
        SingleError(Map with { SchemaVersion = " " }, "$.schemaVersion", "required", "'schemaVersion' is required: write \"1.0\".");

    [Fact]
    public void Id_Missing_IsRequired() =>
        SingleError(Map with { Id = null! }, "$.id", "required", "'id' is required and must not be empty or white space.");

    [Fact]
    public void Name_WhiteSpace_IsRequired() =>
        SingleError(Map with { Name = " \t" }, "$.name", "required", "'name' is required and must not be empty or white space.");

    [Fact]
    public void Stages_Empty_IsRequired() =>
        SingleError(Map with { Stages = [], Personas = [], Outcomes = [], Kpis = [], Opportunities = [], Competitors = [], Playbooks = [] },
            "$.stages", "required", "'stages' is required and must hold at least one stage.");

    [Fact]
    public void Stages_NullItem_IsRequired() =>
        SingleError(Map with { Stages = [.. Map.Stages, null!] }, "$.stages[2]", "required", "'stages[2]' must be a stage object, not null.");

    [Fact]
    public void Description_TooLong_IsReportedWithTheLimitFromTheOptions()
    {
        var validator = new JourneyValidator(new JourneyValidatorOptions { MaxTextLength = 25 });
        SingleError(Map with { Description = new string('x', 26) }, "$.description", "length",
            "The length of 'description' must be 25 characters or fewer (raise JourneyValidatorOptions.MaxTextLength to accept longer ones). You entered 26 characters.", validator);
    }

    [Fact]
    public void Personas_DuplicateId_IsReportedAtTheSecond() =>
        SingleError(Map with { Personas = [Map.Personas[0], Map.Personas[1], Map.Personas[0] with { Name = "Again" }] },
            "$.personas[2].id", "duplicateId", "'id' \"parent\" is already used by $.personas[0]; persona ids must be unique.");

    [Fact]
    public void Stages_DuplicateId_IsReported() =>
        SingleError(Map with { Stages = [.. Map.Stages, new Stage { Id = "consider", Name = "Again", Touchpoints = [new Touchpoint { Id = "x", Name = "X" }] }] },
            "$.stages[2].id", "duplicateId", "'id' \"consider\" is already used by $.stages[0]; stage ids must be unique.");

    [Fact]
    public void Touchpoints_DuplicateIdInAnotherStage_IsReported() =>
        SingleError(Map.WithTouchpoint(1, 0, t => t with { Id = "search", PersonaIds = [] }),
            "$.stages[1].touchpoints[0].id", "duplicateId",
            "'id' \"search\" is already used by $.stages[0].touchpoints[0]; touchpoint ids must be unique across the whole map.");

    [Fact]
    public void Processes_DuplicateId_IsReported() =>
        SingleError(Map with { Processes = [.. Map.Processes, new BusinessProcess { Id = "catalogue", Name = "Again" }] },
            "$.processes[1].id", "duplicateId", "'id' \"catalogue\" is already used by $.processes[0]; process ids must be unique.");

    [Fact]
    public void Kpis_DuplicateId_IsReported() =>
        SingleError(Map with { Kpis = [.. Map.Kpis, new Kpi { Id = "nps", Name = "Again" }] },
            "$.kpis[2].id", "duplicateId", "'id' \"nps\" is already used by $.kpis[1]; KPI ids must be unique.");

    [Fact]
    public void Outcomes_DuplicateId_IsReported() =>
        SingleError(Map with { Outcomes = [.. Map.Outcomes, Map.Outcomes[1]] },
            "$.outcomes[2].id", "duplicateId", "'id' \"pay-fast\" is already used by $.outcomes[1]; outcome ids must be unique.");

    [Fact]
    public void Opportunities_DuplicateId_IsReported() =>
        SingleError(Map with { Opportunities = [.. Map.Opportunities, Map.Opportunities[0]] },
            "$.opportunities[1].id", "duplicateId", "'id' \"kids-chart\" is already used by $.opportunities[0]; opportunity ids must be unique.");

    [Fact]
    public void Competitors_DuplicateId_IsReported() =>
        SingleError(Map with { Competitors = [.. Map.Competitors, Map.Competitors[0]] },
            "$.competitors[1].id", "duplicateId", "'id' \"acme\" is already used by $.competitors[0]; competitor ids must be unique.");

    [Fact]
    public void Playbooks_DuplicateId_IsReported() =>
        SingleError(Map with { Playbooks = [.. Map.Playbooks, Map.Playbooks[0]] },
            "$.playbooks[1].id", "duplicateId", "'id' \"recover\" is already used by $.playbooks[0]; playbook ids must be unique.");

    [Fact]
    public void SameIdInDifferentCollections_IsAllowed() =>
        Clean(Map with { Processes = [new BusinessProcess { Id = "catalogue", Name = "C" }, new BusinessProcess { Id = "shop", Name = "Same as the map" }] });

    [Fact]
    public void BaseMapId_Malformed_IsAnIdError() =>
        Assert.Contains(new JourneyValidator().Validate(Map with { State = MapState.Future, BaseMapId = "a b" }).Errors,
            e => e is { Path: "$.baseMapId", Code: "idFormat" });

    [Fact]
    public void Validate_IsSafeToCallFromManyThreads()
    {
        var validator = new JourneyValidator();
        var broken = Map.WithTouchpoint(0, 0, t => t with { Emotion = 9 });
        var expected = validator.Validate(broken).Issues;
        Parallel.For(0, 200, i =>
        {
            var report = validator.Validate(i % 2 == 0 ? broken : Map);
            Assert.Equal(i % 2 == 0 ? expected : [], report.Issues);
        });
    }
}
