using System.Buffers;
using System.Globalization;
using System.Text;

namespace JourneyKit.Validation;

/// <summary>
/// Builds JSON paths the way System.Text.Json reports them (<c>$.stages[1].touchpoints[0]</c>,
/// <c>$.competitors[0].stageScores['odd key']</c>), so validation and reading errors look alike.
/// </summary>
/// <remarks>
/// Inside the validators a path is kept in FluentValidation's property-chain form, without the
/// leading <c>$</c> (<c>stages[1].emotion</c>); <see cref="FromChain"/> adds it at the end.
/// </remarks>
internal static class JsonPath
{
    // The characters for which System.Text.Json switches to the ['name'] form.
    private static readonly SearchValues<char> Special = SearchValues.Create(". '/\"[]()\t\n\r\f\b\\\u0085\u2028\u2029");

    /// <summary>Appends a member (a property or dictionary key) to a chain path.</summary>
    public static string Member(string parent, string name)
    {
        if (name.Length > 0 && name.AsSpan().IndexOfAny(Special) < 0 && !HasControl(name))
        {
            return parent.Length == 0 ? name : $"{parent}.{name}";
        }

        var escaped = new StringBuilder(parent, parent.Length + name.Length + 4).Append("['");
        foreach (var c in name)
        {
            _ = c switch
            {
                '\'' => escaped.Append("\\'"),
                '\\' => escaped.Append("\\\\"),
                _ when char.IsControl(c) || c is '\u0085' or '\u2028' or '\u2029' => escaped.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture)),
                _ => escaped.Append(c),
            };
        }

        return escaped.Append("']").ToString();
    }

    /// <summary>Appends an array index to a chain path.</summary>
    public static string Index(string parent, int index) => $"{parent}[{index.ToString(CultureInfo.InvariantCulture)}]";

    /// <summary>Turns a chain path (<c>stages[1].emotion</c>) into a JSON path (<c>$.stages[1].emotion</c>).</summary>
    public static string FromChain(string? chain) => chain switch
    {
        null or "" => "$",
        _ when chain[0] == '[' => "$" + chain,
        _ => "$." + chain,
    };

    private static bool HasControl(string name)
    {
        foreach (var c in name)
        {
            if (char.IsControl(c))
            {
                return true;
            }
        }

        return false;
    }
}
