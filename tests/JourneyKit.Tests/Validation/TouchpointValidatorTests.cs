using JourneyKit.Model;
using static JourneyKit.Tests.Validation.ValidationAssert;

namespace JourneyKit.Tests.Validation;

public class TouchpointValidatorTests
{
    private static readonly JourneyMap Map = SampleMap.Create();

    [Fact]
    public void Emotion_OutOfRange_IsReportedWithItsPath() =>
        SingleError(Map.WithTouchpoint(1, 0, t => t with { Emotion = 9 }),
            "$.stages[1].touchpoints[0].emotion", "range", "'emotion' must be between -3 and 3. You entered 9.");

    [Fact]
    public void Emotion_Fraction_IsWrittenInvariantly() =>
        SingleError(Map.WithTouchpoint(0, 0, t => t with { Emotion = -3.5 }),
            "$.stages[0].touchpoints[0].emotion", "range", "'emotion' must be between -3 and 3. You entered -3.5.");

    [Theory]
    [InlineData(double.NaN, "NaN")]
    [InlineData(double.PositiveInfinity, "Infinity")]
    [InlineData(double.NegativeInfinity, "-Infinity")]
    public void Emotion_NotFinite_IsReported(double emotion, string shown) =>
        SingleError(Map.WithTouchpoint(0, 0, t => t with { Emotion = emotion }),
            "$.stages[0].touchpoints[0].emotion", "notFinite", $"'emotion' must be a finite number. You entered {shown}.");

    [Fact]
    public void Emotion_Bounds_AreAllowed()
    {
        Clean(Map.WithTouchpoint(0, 0, t => t with { Emotion = -3 }));
        Clean(Map.WithTouchpoint(0, 0, t => t with { Emotion = 3 }));
    }

    [Fact]
    public void EmotionsByPersona_OutOfRange_IsReportedAtTheKey() =>
        SingleError(Map.WithTouchpoint(0, 1, t => t with { EmotionsByPersona = new Dictionary<string, double> { ["parent"] = 4 } }),
            "$.stages[0].touchpoints[1].emotionsByPersona.parent", "range", "'emotionsByPersona[\"parent\"]' must be between -3 and 3. You entered 4.");

    [Fact]
    public void EmotionsByPersona_UnknownPersona_IsADanglingReference() =>
        SingleError(Map.WithTouchpoint(0, 1, t => t with { EmotionsByPersona = new Dictionary<string, double> { ["ghost"] = 1 } }),
            "$.stages[0].touchpoints[1].emotionsByPersona.ghost", "danglingReference",
            "The key \"ghost\" of 'emotionsByPersona' is not the id of any persona in $.personas; use one of \"parent\", \"student\".");

    [Fact]
    public void EmotionsByPersona_KeyWithSpecialCharacters_IsBracketedInThePath() =>
        SingleError(Map.WithTouchpoint(0, 1, t => t with { EmotionsByPersona = new Dictionary<string, double> { ["a b.c"] = 1 } }),
            "$.stages[0].touchpoints[1].emotionsByPersona['a b.c']", "danglingReference",
            "The key \"a b.c\" of 'emotionsByPersona' is not the id of any persona in $.personas; use one of \"parent\", \"student\".");

    [Fact]
    public void ProcessId_Unknown_IsADanglingReference() =>
        SingleError(Map.WithTouchpoint(0, 0, t => t with { ProcessId = "catalog" }),
            "$.stages[0].touchpoints[0].processId", "danglingReference",
            "'processId' \"catalog\" is not the id of any process in $.processes; use one of \"catalogue\".");

    [Fact]
    public void ProcessId_WithoutProcesses_SaysTheMapHasNone() =>
        SingleError((Map with { Processes = [], Outcomes = [Map.Outcomes[1]], Opportunities = [] }).WithTouchpoint(0, 0, t => t with { ProcessId = "catalogue" }),
            "$.stages[0].touchpoints[0].processId", "danglingReference",
            "'processId' \"catalogue\" is not the id of any process in $.processes; the map has no processes.");

    [Fact]
    public void PersonaIds_Unknown_IsReportedAtTheItem() =>
        SingleError(Map.WithTouchpoint(0, 1, t => t with { PersonaIds = ["parent", "Parent"] }),
            "$.stages[0].touchpoints[1].personaIds[1]", "danglingReference",
            "'personaIds[1]' \"Parent\" is not the id of any persona in $.personas; use one of \"parent\", \"student\".");

    [Fact]
    public void PersonaIds_NullItem_IsRequired() =>
        SingleError(Map.WithTouchpoint(0, 1, t => t with { PersonaIds = ["parent", null!] }),
            "$.stages[0].touchpoints[1].personaIds[1]", "required", "'personaIds[1]' must be the id of a persona, not null.");

    [Fact]
    public void ProcessMinutes_Negative_IsOutOfRange() =>
        SingleError(Map.WithTouchpoint(0, 1, t => t with { ProcessMinutes = -1 }),
            "$.stages[0].touchpoints[1].processMinutes", "range", "'processMinutes' must be between 0 and 1000000000000000. You entered -1.");

    [Fact]
    public void WaitMinutes_Infinite_IsNotFinite() =>
        SingleError(Map.WithTouchpoint(0, 1, t => t with { WaitMinutes = double.PositiveInfinity }),
            "$.stages[0].touchpoints[1].waitMinutes", "notFinite", "'waitMinutes' must be a finite number. You entered Infinity.");

    [Fact]
    public void CompleteAccurate_AboveOne_IsOutOfRange() =>
        SingleError(Map.WithTouchpoint(0, 1, t => t with { CompleteAccurate = 1.5 }),
            "$.stages[0].touchpoints[1].completeAccurate", "range", "'completeAccurate' must be between 0 and 1. You entered 1.5.");

    [Fact]
    public void Nps_TenCounts_IsTheWrongLength() =>
        SingleError(Map.WithTouchpoint(0, 1, t => t with { Responses = t.Responses! with { Nps = [1, 1, 1, 1, 1, 1, 1, 1, 1, 1] } }),
            "$.stages[0].touchpoints[1].responses.nps", "arrayLength", "'nps' must hold exactly 11 counts, one per rating 0..10. You entered 10.");

    [Fact]
    public void Csat_NegativeCount_IsReportedAtTheCount() =>
        SingleError(Map.WithTouchpoint(0, 1, t => t with { Responses = t.Responses! with { Csat = [2, 3, -4, 40, 45] } }),
            "$.stages[0].touchpoints[1].responses.csat[2]", "range", "'csat[2]' must be greater than or equal to 0: it counts answers. You entered -4.");

    [Fact]
    public void Nps_TenToTheEighteenInOneBucket_IsMoreThanTheLimit() =>
        SingleError(Map.WithTouchpoint(0, 1, t => t with { Responses = t.Responses! with { Nps = [0, 0, 0, 0, 0, 0, 0, 0, 0, 1_000_000_000_000_000_000, 0] } }),
            "$.stages[0].touchpoints[1].responses.nps", "range",
            "'nps' must count at most 9007199254740992 answers in total (2^53, the most a double counts exactly). You entered 1000000000000000000.");

    [Fact]
    public void Csat_BucketsEachUnderTheLimit_SummingOverIt_AreRefused() =>
        SingleError(Map.WithTouchpoint(0, 1, t => t with { Responses = t.Responses! with { Csat = [1L << 51, 1L << 51, 1L << 51, 1L << 51, 1] } }),
            "$.stages[0].touchpoints[1].responses.csat", "range",
            "'csat' must count at most 9007199254740992 answers in total (2^53, the most a double counts exactly). You entered 9007199254740993.");

    [Fact]
    public void Ces_CountsNearLongMaxValue_AreRefusedWithTheirExactTotal() =>
        SingleError(Map.WithTouchpoint(0, 1, t => t with { Responses = t.Responses! with { Ces = [long.MaxValue, long.MaxValue, 0, 0, 0, 0, 0] } }),
            "$.stages[0].touchpoints[1].responses.ces", "range",
            "'ces' must count at most 9007199254740992 answers in total (2^53, the most a double counts exactly). You entered 18446744073709551614.");

    [Fact]
    public void Counts_ExactlyTheLimitInTotal_AreAllowed()
    {
        Clean(Map.WithTouchpoint(0, 1, t => t with { Responses = t.Responses! with { Nps = [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, FormatFacts.MaxAnswers] } }));
        Clean(Map.WithTouchpoint(0, 1, t => t with { Responses = t.Responses! with { Csat = [1L << 51, 1L << 51, 1L << 51, (1L << 51) - 1, 1] } }));
        Assert.Equal(9_007_199_254_740_992L, FormatFacts.MaxAnswers);
    }

    [Fact]
    public void Ces_FiveCounts_IsTheWrongLength() =>
        SingleError(Map.WithTouchpoint(0, 1, t => t with { Responses = t.Responses! with { Ces = [1, 2, 3, 4, 5] } }),
            "$.stages[0].touchpoints[1].responses.ces", "arrayLength", "'ces' must hold exactly 7 counts, one per rating 1..7. You entered 5.");

    [Fact]
    public void Enablers_TooLong_IsReportedAtTheItem()
    {
        var validator = new JourneyKit.Validation.JourneyValidator(new() { MaxTextLength = 25 });
        SingleError(Map.WithTouchpoint(0, 0, t => t with { Enablers = ["ok", new string('e', 26)] }),
            "$.stages[0].touchpoints[0].enablers[1]", "length", "The length of 'enablers[1]' must be 25 characters or fewer (raise JourneyValidatorOptions.MaxTextLength to accept longer ones). You entered 26 characters.", validator);
    }

    [Fact]
    public void Barriers_NullItem_IsRequired() =>
        SingleError(Map.WithTouchpoint(0, 0, t => t with { Barriers = [null!] }),
            "$.stages[0].touchpoints[0].barriers[0]", "required", "'barriers[0]' must be a string, not null.");

    [Fact]
    public void Touchpoint_NullItem_IsRequired() =>
        SingleError(Map.WithStage(1, s => s with { Touchpoints = [.. s.Touchpoints, null!] }),
            "$.stages[1].touchpoints[2]", "required", "'touchpoints[2]' must be a touchpoint object, not null.");

    [Fact]
    public void Name_Missing_IsRequired() =>
        SingleError(Map.WithTouchpoint(1, 1, t => t with { Name = null! }),
            "$.stages[1].touchpoints[1].name", "required", "'name' is required and must not be empty or white space.");
}
