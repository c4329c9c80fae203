using System.Text;

namespace JourneyKit.Model;

/// <summary>
/// The format's rule for ids, written once: the validator reports an id that breaks it
/// (<c>idFormat</c>), and the SQL generator of analytics relies on it (an id that passes holds no
/// quote, backslash, space or control character, so it is safe in JSON text unescaped).
/// </summary>
internal static class IdRule
{
    /// <summary>Whether an id holds only letters, digits, combining marks and <c>. _ : -</c>, and at least one of them.</summary>
    public static bool IsWellFormed(string id)
    {
        foreach (var rune in id.EnumerateRunes())
        {
            var allowed = Rune.IsLetterOrDigit(rune)
                || Rune.GetUnicodeCategory(rune) is System.Globalization.UnicodeCategory.NonSpacingMark or System.Globalization.UnicodeCategory.SpacingCombiningMark
                || rune.Value is '.' or '_' or ':' or '-';
            if (!allowed)
            {
                return false;
            }
        }

        return id.Length > 0;
    }
}
