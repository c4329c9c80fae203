using System.Linq.Expressions;
using System.Text.Json;
using FluentValidation;
using JourneyKit.Model;

namespace JourneyKit.Validation;

/// <summary>
/// The base of the nested journey validators: names every rule after its JSON property
/// (camelCase, so that FluentValidation's property chain is already the JSON path) and reports
/// properties the format does not define.
/// </summary>
/// <typeparam name="T">The model type validated.</typeparam>
internal abstract class JourneyValidatorBase<T> : AbstractValidator<T>
{
    protected JourneyValidatorBase(ValidationSettings settings)
    {
        Settings = settings;
        RuleLevelCascadeMode = CascadeMode.Continue;
    }

    protected ValidationSettings Settings { get; }

    /// <summary>Renames the rule from the .NET member (<c>EmotionsByPersona</c>) to the JSON property (<c>emotionsByPersona</c>).</summary>
    protected override void OnRuleAdded(IValidationRule<T> rule)
    {
        ArgumentNullException.ThrowIfNull(rule);
        if (!string.IsNullOrEmpty(rule.PropertyName))
        {
            var json = JsonNamingPolicy.CamelCase.ConvertName(rule.PropertyName);
            rule.PropertyName = json;
            rule.SetDisplayName(json);
        }

        base.OnRuleAdded(rule);
    }

    /// <summary>Warns about every property kept in the object's extension data.</summary>
    /// <param name="extensionData">The object's <c>ExtensionData</c>.</param>
    /// <param name="owner">The kind of object, with its article: "a stage".</param>
    protected void RuleForUnknownProperties(Expression<Func<T, IDictionary<string, JsonElement>?>> extensionData, string owner) =>
        RuleFor(extensionData).Custom((data, context) =>
        {
            if (data is null)
            {
                return;
            }

            var parent = context.PropertyChain.ToString();
            foreach (var name in data.Keys)
            {
                var hint = Suggestion.Closest(name, KnownNames) is { } known ? $"did you mean '{known}'?" : "check the spelling";
                context.ReportAt(
                    JsonPath.Member(parent, name),
                    ValidationCodes.UnknownProperty,
                    $"{Describe.Quote(name)} is not a property of {owner} in format {Model.JourneyMap.CurrentSchemaVersion}; it is kept but ignored ({hint}).",
                    Severity.Warning);
            }
        });

    /// <summary>The JSON names of <typeparamref name="T"/>'s properties, from the format's one table of facts, in the format's order.</summary>
    private static IReadOnlyCollection<string> KnownNames { get; } =
        FormatFacts.Fields.TryGetValue(typeof(T), out var fields) ? [.. fields.Keys] : [];
}
