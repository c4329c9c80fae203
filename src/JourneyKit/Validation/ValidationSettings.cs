using System.Collections.Frozen;

namespace JourneyKit.Validation;

/// <summary>An immutable copy of <see cref="JourneyValidatorOptions"/>, taken when the validator is built.</summary>
internal sealed class ValidationSettings
{
    public ValidationSettings(JourneyValidatorOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(options.KnownCalculatorKeys, "options.KnownCalculatorKeys");
        ArgumentOutOfRangeException.ThrowIfLessThan(options.MaxIdLength, 1, "options.MaxIdLength");
        ArgumentOutOfRangeException.ThrowIfLessThan(options.MaxNameLength, 1, "options.MaxNameLength");
        ArgumentOutOfRangeException.ThrowIfLessThan(options.MaxTextLength, 1, "options.MaxTextLength");
        if (options.KnownCalculatorKeys.Any(string.IsNullOrWhiteSpace))
        {
            throw new ArgumentException("Calculator keys must not be null, empty or white space.", "options.KnownCalculatorKeys");
        }

        CalculatorKeys = options.KnownCalculatorKeys.ToFrozenSet(StringComparer.Ordinal);
        SortedCalculatorKeys = [.. CalculatorKeys.Order(StringComparer.Ordinal)];
        MaxIdLength = options.MaxIdLength;
        MaxNameLength = new TextLimit(options.MaxNameLength, nameof(JourneyValidatorOptions.MaxNameLength));
        MaxTextLength = new TextLimit(options.MaxTextLength, nameof(JourneyValidatorOptions.MaxTextLength));
    }

    public FrozenSet<string> CalculatorKeys { get; }

    public IReadOnlyList<string> SortedCalculatorKeys { get; }

    public int MaxIdLength { get; }

    public TextLimit MaxNameLength { get; }

    public TextLimit MaxTextLength { get; }
}

/// <summary>A length limit of a text with the name of the <see cref="JourneyValidatorOptions"/> property that raises it.</summary>
internal readonly record struct TextLimit(int Max, string Option);
