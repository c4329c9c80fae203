using JourneyKit.Model;
using JourneyKit.Validation;
using static JourneyKit.Tests.Validation.ValidationAssert;

namespace JourneyKit.Tests.Validation;

public class PersonaValidatorTests
{
    private static readonly JourneyMap Map = SampleMap.Create();

    private static JourneyMap WithPersona(int index, Func<Persona, Persona> change) =>
        Map with { Personas = SampleMap.Replace(Map.Personas, index, change) };

    [Fact]
    public void Weight_Negative_IsOutOfRange() =>
        SingleError(WithPersona(0, p => p with { Weight = -1 }),
            "$.personas[0].weight", "range", "'weight' must be between 0 and 1000000000000000. You entered -1.");

    [Fact]
    public void Weight_NaN_IsNotFinite() =>
        SingleError(WithPersona(1, p => p with { Weight = double.NaN }),
            "$.personas[1].weight", "notFinite", "'weight' must be a finite number. You entered NaN.");

    [Fact]
    public void Id_WithSpace_IsMalformed() =>
        // The touchpoint that named "student" now dangles too, so look only at the id's own error.
        Assert.Contains(
            new ValidationIssue(ValidationSeverity.Error, "$.personas[1].id", "'id' may contain only letters, digits and the characters '.', '_', ':' and '-'. You entered \"the student\".", "idFormat"),
            new JourneyValidator().Validate(WithPersona(1, p => p with { Id = "the student" })).Errors);

    [Fact]
    public void Id_WithControlCharacter_IsMalformedAndTheMessageStaysOnOneLine()
    {
        var report = new JourneyValidator().Validate(Map with { Id = "shop\nx" });
        var error = Assert.Single(report.Errors);
        Assert.Equal("'id' may contain only letters, digits and the characters '.', '_', ':' and '-'. You entered \"shop\\nx\".", error.Message);
        Assert.Equal("$.id", error.Path);
    }

    [Theory]
    [InlineData("étape-1")]
    [InlineData("stage_2:a.b")]
    [InlineData("顧客")]
    public void Id_LettersOfAnyScriptDigitsAndPunctuation_AreAllowed(string id) =>
        Clean(Map with { Id = id });

    [Fact]
    public void Id_LongerThanTheLimit_IsTooLong() =>
        SingleError(Map with { Id = new string('a', 201) }, "$.id", "length",
            "The length of 'id' must be 200 characters or fewer (raise JourneyValidatorOptions.MaxIdLength to accept longer ones). You entered 201 characters.");

    [Fact]
    public void Id_AtTheLimit_IsAllowed() => Clean(Map with { Id = new string('a', 200) });

    [Fact]
    public void Name_LongerThanTheOption_IsTooLong() =>
        SingleError(WithPersona(0, p => p with { Name = new string('n', 61) }), "$.personas[0].name", "length",
            "The length of 'name' must be 60 characters or fewer (raise JourneyValidatorOptions.MaxNameLength to accept longer ones). You entered 61 characters.",
            new JourneyValidator(new JourneyValidatorOptions { MaxNameLength = 60 }));

    [Fact]
    public void Goals_TooLong_IsReportedAtTheItem() =>
        SingleError(WithPersona(0, p => p with { Goals = ["a", "b", new string('g', 10_001)] }), "$.personas[0].goals[2]", "length",
            "The length of 'goals[2]' must be 10000 characters or fewer (raise JourneyValidatorOptions.MaxTextLength to accept longer ones). You entered 10001 characters.");

    [Fact]
    public void Persona_NullItem_IsRequired() =>
        SingleError(Map with { Personas = [.. Map.Personas, null!] }, "$.personas[2]", "required", "'personas[2]' must be a persona object, not null.");
}
