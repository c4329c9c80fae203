using FluentValidation;
using FluentValidation.Results;
using JourneyKit.Model;

namespace JourneyKit.Validation;

/// <summary>
/// The reusable checks of the journey validators, as FluentValidation rule-builder extensions.
/// Each reports through <see cref="ValidationContext{T}.AddFailure(ValidationFailure)"/> with its
/// own code and a message built here, so that no user text passes through FluentValidation's
/// placeholder formatter and numbers are always written the invariant way.
/// </summary>
internal static class Checks
{
    /// <summary>Reports an issue at the current property.</summary>
    public static void Report<T>(this ValidationContext<T> context, string code, string message, Severity severity = Severity.Error) =>
        context.ReportAt(context.PropertyPath, code, message, severity);

    /// <summary>Reports an issue at an explicit chain path.</summary>
    public static void ReportAt<T>(this ValidationContext<T> context, string path, string code, string message, Severity severity = Severity.Error) =>
        context.AddFailure(new ValidationFailure(path, message) { ErrorCode = code, Severity = severity });

    /// <summary>The name of the current property as the user sees it: <c>emotion</c>, or <c>goals[2]</c> for an item.</summary>
    public static string Leaf<T>(this ValidationContext<T> context)
    {
        var path = context.PropertyPath;
        return path.EndsWith(']') ? context.DisplayName + path[path.LastIndexOf('[')..] : context.DisplayName;
    }

    /// <summary>A required id: present, not blank, not too long, made of allowed characters.</summary>
    public static IRuleBuilderOptionsConditions<T, string?> Id<T>(this IRuleBuilder<T, string?> rule, ValidationSettings settings) =>
        rule.Custom((id, context) =>
        {
            if (string.IsNullOrWhiteSpace(id))
            {
                context.Report(ValidationCodes.Required, $"'{context.Leaf()}' is required and must not be empty or white space.");
            }
            else
            {
                CheckId(id, context, settings);
            }
        });

    /// <summary>An optional id: when present, the same rules as <see cref="Id{T}"/>.</summary>
    public static IRuleBuilderOptionsConditions<T, string?> OptionalId<T>(this IRuleBuilder<T, string?> rule, ValidationSettings settings) =>
        rule.Custom((id, context) =>
        {
            if (id is null)
            {
                return;
            }

            if (string.IsNullOrWhiteSpace(id))
            {
                context.Report(ValidationCodes.Required, $"'{context.Leaf()}' must not be empty or white space; leave it out instead.");
            }
            else
            {
                CheckId(id, context, settings);
            }
        });

    /// <summary>Whether an id holds only letters, digits, combining marks and <c>. _ : -</c>.</summary>
    public static bool IsWellFormedId(string id) => IdRule.IsWellFormed(id);

    /// <summary>A required text: present, not blank, at most <paramref name="maxLength"/> characters long.</summary>
    public static IRuleBuilderOptionsConditions<T, string?> RequiredText<T>(this IRuleBuilder<T, string?> rule, TextLimit maxLength) =>
        rule.Custom((text, context) =>
        {
            if (string.IsNullOrWhiteSpace(text))
            {
                context.Report(ValidationCodes.Required, $"'{context.Leaf()}' is required and must not be empty or white space.");
            }
            else
            {
                CheckLength(text, maxLength, context);
            }
        });

    /// <summary>An optional text: when present, at most <paramref name="maxLength"/> characters long.</summary>
    public static IRuleBuilderOptionsConditions<T, string?> OptionalText<T>(this IRuleBuilder<T, string?> rule, TextLimit maxLength) =>
        rule.Custom((text, context) =>
        {
            if (text is not null)
            {
                CheckLength(text, maxLength, context);
            }
        });

    /// <summary>An item of a list of texts: not null, at most <paramref name="maxLength"/> characters long.</summary>
    public static IRuleBuilderOptionsConditions<T, string?> TextItem<T>(this IRuleBuilder<T, string?> rule, TextLimit maxLength) =>
        rule.Custom((text, context) =>
        {
            if (text is null)
            {
                context.Report(ValidationCodes.Required, $"'{context.Leaf()}' must be a string, not null.");
            }
            else
            {
                CheckLength(text, maxLength, context);
            }
        });

    /// <summary>An item of a collection of objects: not null.</summary>
    public static IRuleBuilderOptionsConditions<T, TItem> NotNullItem<T, TItem>(this IRuleBuilder<T, TItem> rule, string noun) =>
        rule.Custom((item, context) =>
        {
            if (item is null)
            {
                context.Report(ValidationCodes.Required, $"'{context.Leaf()}' must be {noun} object, not null.");
            }
        });

    /// <summary>An optional number: when present, finite and within <paramref name="range"/>.</summary>
    public static IRuleBuilderOptionsConditions<T, double?> Number<T>(this IRuleBuilder<T, double?> rule, NumberRange range) =>
        rule.Custom((value, context) =>
        {
            if (value is { } number)
            {
                CheckNumber(number, range, context);
            }
        });

    /// <summary>A number: finite and within <paramref name="range"/>.</summary>
    public static IRuleBuilderOptionsConditions<T, double> Number<T>(this IRuleBuilder<T, double> rule, NumberRange range) =>
        rule.Custom((value, context) => CheckNumber(value, range, context));

    /// <summary>Survey counts: when present, exactly one non-negative number per rating of <paramref name="ratings"/>, at most <see cref="FormatFacts.MaxAnswers"/> in total.</summary>
    public static IRuleBuilderOptionsConditions<T, IReadOnlyList<long>?> Counts<T>(this IRuleBuilder<T, IReadOnlyList<long>?> rule, RatingScale ratings) =>
        rule.Custom((counts, context) =>
        {
            var length = ratings.Count;
            if (counts is null)
            {
                return;
            }

            Int128 total = 0;
            if (counts.Count != length)
            {
                context.Report(ValidationCodes.ArrayLength, $"'{context.Leaf()}' must hold exactly {length} counts, one per rating {ratings}. You entered {counts.Count}.");
            }

            for (var i = 0; i < counts.Count; i++)
            {
                if (counts[i] < 0)
                {
                    context.ReportAt(JsonPath.Index(context.PropertyPath, i), ValidationCodes.Range, $"'{context.Leaf()}[{i}]' must be greater than or equal to 0: it counts answers. You entered {Describe.Number(counts[i])}.");
                }
                else
                {
                    total += counts[i];
                }
            }

            if (total > FormatFacts.MaxAnswers)
            {
                context.Report(ValidationCodes.Range, $"'{context.Leaf()}' must count at most {Describe.Number(FormatFacts.MaxAnswers)} answers in total (2^53, the most a double counts exactly). You entered {total.ToString(System.Globalization.CultureInfo.InvariantCulture)}.");
            }
        });

    /// <summary>An optional reference: when present, the id of an item of <paramref name="kind"/>.</summary>
    public static IRuleBuilderOptionsConditions<T, string?> Reference<T>(this IRuleBuilder<T, string?> rule, ReferenceKind kind) =>
        rule.Custom((id, context) =>
        {
            if (id is not null && !Resolves(id, kind, context))
            {
                ReportDangling(context, context.PropertyPath, $"'{context.Leaf()}' {Describe.Quote(id)}", kind);
            }
        });

    /// <summary>An item of a list of references: not null, the id of an item of <paramref name="kind"/>.</summary>
    public static IRuleBuilderOptionsConditions<T, string?> ReferenceItem<T>(this IRuleBuilder<T, string?> rule, ReferenceKind kind) =>
        rule.Custom((id, context) =>
        {
            if (id is null)
            {
                context.Report(ValidationCodes.Required, $"'{context.Leaf()}' must be the id of a {kind.Noun}, not null.");
            }
            else if (!Resolves(id, kind, context))
            {
                ReportDangling(context, context.PropertyPath, $"'{context.Leaf()}' {Describe.Quote(id)}", kind);
            }
        });

    /// <summary>Whether <paramref name="id"/> names an item of <paramref name="kind"/> in the map being validated.</summary>
    public static bool Resolves<T>(string id, ReferenceKind kind, ValidationContext<T> context) =>
        kind.Ids(MapIndex.Of(context)).Contains(id);

    /// <summary>
    /// Reports a reference that does not resolve; <paramref name="subject"/> says what refers, with
    /// its value (<c>'processId' "catalog"</c>), and starts the message.
    /// </summary>
    public static void ReportDangling<T>(ValidationContext<T> context, string path, string subject, ReferenceKind kind, string? reason = null) =>
        context.ReportAt(path, ValidationCodes.DanglingReference, kind.Dangling(subject, MapIndex.Of(context), reason));

    /// <summary>Whether <paramref name="value"/> is finite and within <paramref name="range"/>.</summary>
    public static bool IsAllowed(double value, NumberRange range) => double.IsFinite(value) && range.Contains(value);

    /// <summary>
    /// Checks that <paramref name="value"/> is finite and within <paramref name="range"/>, reporting
    /// at the current property or, for a dictionary entry, at <paramref name="path"/> under
    /// <paramref name="name"/>. Names and paths are built only when there is something to report.
    /// </summary>
    public static void CheckNumber<T>(double value, NumberRange range, ValidationContext<T> context, string? name = null, string? path = null)
    {
        if (!double.IsFinite(value))
        {
            context.ReportAt(path ?? context.PropertyPath, ValidationCodes.NotFinite, $"'{name ?? context.Leaf()}' must be a finite number. You entered {Describe.Number(value)}.");
        }
        else if (!range.Contains(value))
        {
            context.ReportAt(path ?? context.PropertyPath, ValidationCodes.Range, $"'{name ?? context.Leaf()}' must be {range.Describe()}. You entered {Describe.Number(value)}.");
        }
    }

    private static void CheckId<T>(string id, ValidationContext<T> context, ValidationSettings settings)
    {
        if (id.Length > settings.MaxIdLength)
        {
            context.Report(ValidationCodes.Length, $"The length of '{context.Leaf()}' must be {settings.MaxIdLength} characters or fewer (raise JourneyValidatorOptions.{nameof(JourneyValidatorOptions.MaxIdLength)} to accept longer ones). You entered {id.Length} characters.");
        }
        else if (!IsWellFormedId(id))
        {
            context.Report(ValidationCodes.IdFormat, $"'{context.Leaf()}' may contain only letters, digits and the characters '.', '_', ':' and '-'. You entered {Describe.Quote(id)}.");
        }
    }

    private static void CheckLength<T>(string text, TextLimit limit, ValidationContext<T> context)
    {
        if (text.Length > limit.Max)
        {
            context.Report(ValidationCodes.Length, $"The length of '{context.Leaf()}' must be {limit.Max} characters or fewer (raise JourneyValidatorOptions.{limit.Option} to accept longer ones). You entered {text.Length} characters.");
        }
    }
}
