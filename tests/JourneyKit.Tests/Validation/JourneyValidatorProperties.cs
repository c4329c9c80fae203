using FsCheck;
using FsCheck.Fluent;
using JourneyKit.Validation;

namespace JourneyKit.Tests.Validation;

public class JourneyValidatorProperties
{
    private static readonly JourneyValidator Validator = new();

    [Fact]
    public void GeneratedMap_HasNoError() =>
        Check.One(
            Config.QuickThrowOnFailure.WithMaxTest(300),
            Prop.ForAll(MapGenerators.PrefixedIds.Map.ToArbitrary(), map =>
            {
                var errors = Validator.Validate(map).Errors;
                return errors.Count == 0 ? true : throw new InvalidOperationException(string.Join("\n", errors));
            }));

    [Fact]
    public void OneInjectedFault_IsReportedAtExactlyItsPathAndNowhereElse() =>
        Check.One(
            Config.QuickThrowOnFailure.WithMaxTest(1000),
            Prop.ForAll(MapGenerators.PrefixedIds.Map.SelectMany(Mutation.Of).ToArbitrary(), mutation =>
            {
                var errors = Validator.Validate(mutation.Map).Errors;
                return errors.Count == 1 && errors[0].Path == mutation.Path && errors[0].Code == mutation.Code
                    ? true
                    : throw new InvalidOperationException($"{mutation}: got [{string.Join("; ", errors.Select(e => $"{e.Code} at {e.Path}"))}]");
            }));
}
