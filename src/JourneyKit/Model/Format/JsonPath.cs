using System.Buffers;
using System.Globalization;
using System.Text;

namespace JourneyKit.Model;

/// <summary>
/// The one way JourneyKit writes a JSON path, for the reader's errors and the validator's issues
/// alike: <c>$.stages[1].touchpoints[0].emotion</c>, and <c>$.competitors[0].stageScores['a.b']</c>
/// for a name that cannot follow a dot.
/// </summary>
/// <remarks>
/// <para>
/// The rule: a name follows a dot when it is not empty and holds none of the characters for which
/// System.Text.Json switches to brackets (<c>. '/"[]()</c>, space, <c>\</c>, the line and paragraph
/// separators) and no control character or unpaired surrogate; otherwise it is written
/// <c>['name']</c> with <c>'</c> as <c>\'</c>, <c>\</c> as <c>\\</c>, and control characters,
/// U+0085, U+2028, U+2029 and unpaired surrogates as <c>\uXXXX</c> (lowercase hex). Every name is
/// written, and read back by <see cref="Parse"/>, unambiguously. For every name System.Text.Json
/// writes without escapes (no quote, backslash or control character, not empty) this is exactly the
/// path it writes.
/// </para>
/// <para>
/// Inside the validators a path is kept in FluentValidation's property-chain form, without the
/// leading <c>$</c> (<c>stages[1].emotion</c>); <see cref="FromChain"/> adds it at the end.
/// </para>
/// </remarks>
internal static class JsonPath
{
    /// <summary>The path of the document itself.</summary>
    public const string Root = "$";

    // The characters for which System.Text.Json switches to the ['name'] form.
    private static readonly SearchValues<char> Special = SearchValues.Create(". '/\"[]()\t\n\r\f\b\\\u0085\u2028\u2029");

    /// <summary>Appends a member (a property or dictionary key): <c>.name</c> or <c>['na.me']</c>.</summary>
    public static void AppendName(StringBuilder path, string name)
    {
        if (IsPlain(name))
        {
            path.Append('.').Append(name);
            return;
        }

        path.Append("['");
        for (var i = 0; i < name.Length; i++)
        {
            var c = name[i];
            if (c is '\'' or '\\')
            {
                path.Append('\\').Append(c);
            }
            else if (char.IsControl(c) || c is '\u0085' or '\u2028' or '\u2029' || IsUnpairedSurrogate(name, i))
            {
                path.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
            }
            else
            {
                path.Append(c);
            }
        }

        path.Append("']");
    }

    /// <summary>Appends an array index: <c>[3]</c>.</summary>
    public static void AppendIndex(StringBuilder path, int index) =>
        path.Append('[').Append(index.ToString(CultureInfo.InvariantCulture)).Append(']');

    /// <summary>Appends a member to a chain path (no leading <c>$</c>): <c>stages[0].name</c>.</summary>
    public static string Member(string parent, string name)
    {
        var path = new StringBuilder(parent, parent.Length + name.Length + 4);
        AppendName(path, name);
        return parent.Length == 0 && path[0] == '.' ? path.ToString(1, path.Length - 1) : path.ToString();
    }

    /// <summary>Appends an array index to a chain path.</summary>
    public static string Index(string parent, int index) => $"{parent}[{index.ToString(CultureInfo.InvariantCulture)}]";

    /// <summary>Turns a chain path (<c>stages[1].emotion</c>) into a JSON path (<c>$.stages[1].emotion</c>).</summary>
    public static string FromChain(string? chain) => chain switch
    {
        null or "" => Root,
        _ when chain[0] == '[' => Root + chain,
        _ => Root + "." + chain,
    };

    /// <summary>Writes segments as a path from the root.</summary>
    public static string Format(IEnumerable<PathSegment> segments)
    {
        var path = new StringBuilder(Root);
        foreach (var segment in segments)
        {
            if (segment.Name is { } name)
            {
                AppendName(path, name);
            }
            else
            {
                AppendIndex(path, segment.Index);
            }
        }

        return path.ToString();
    }

    /// <summary>Splits a path written by <see cref="Format"/> into its segments; <see langword="null"/> when it is not one.</summary>
    public static IReadOnlyList<PathSegment>? Parse(string? path)
    {
        if (path is null || !path.StartsWith(Root, StringComparison.Ordinal))
        {
            return null;
        }

        var segments = new List<PathSegment>();
        var i = 1;
        while (i < path.Length)
        {
            if (path[i] == '.')
            {
                var end = path.AsSpan(i + 1).IndexOfAny('.', '[');
                end = end < 0 ? path.Length : i + 1 + end;
                var name = path[(i + 1)..end];
                if (!IsPlain(name))
                {
                    return null;
                }

                segments.Add(new PathSegment(name, 0));
                i = end;
            }
            else if (path.AsSpan(i).StartsWith("['"))
            {
                var name = new StringBuilder();
                i += 2;
                while (true)
                {
                    if (i >= path.Length)
                    {
                        return null;
                    }

                    var c = path[i];
                    if (c == '\'')
                    {
                        if (i + 1 >= path.Length || path[i + 1] != ']')
                        {
                            return null;
                        }

                        i += 2;
                        break;
                    }

                    if (c != '\\')
                    {
                        name.Append(c);
                        i++;
                    }
                    else if (i + 1 < path.Length && path[i + 1] is '\'' or '\\')
                    {
                        name.Append(path[i + 1]);
                        i += 2;
                    }
                    else if (i + 5 < path.Length && path[i + 1] == 'u'
                        && int.TryParse(path.AsSpan(i + 2, 4), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var code))
                    {
                        name.Append((char)code);
                        i += 6;
                    }
                    else
                    {
                        return null;
                    }
                }

                segments.Add(new PathSegment(name.ToString(), 0));
            }
            else if (path[i] == '[')
            {
                if (!TryReadIndex(path, ref i, segments))
                {
                    return null;
                }
            }
            else
            {
                return null;
            }
        }

        return segments;
    }

    /// <summary>
    /// Splits a path as System.Text.Json writes it in a <c>JsonException</c>, which does not escape
    /// bracketed names: such a name ends at the first <c>']</c> followed by the end or another
    /// segment. <see langword="null"/> when it is not such a path.
    /// </summary>
    public static IReadOnlyList<PathSegment>? ParseSystemTextJson(string? path)
    {
        if (path is null || !path.StartsWith(Root, StringComparison.Ordinal))
        {
            return null;
        }

        var segments = new List<PathSegment>();
        var i = 1;
        while (i < path.Length)
        {
            if (path[i] == '.')
            {
                var end = path.AsSpan(i + 1).IndexOfAny('.', '[');
                end = end < 0 ? path.Length : i + 1 + end;
                segments.Add(new PathSegment(path[(i + 1)..end], 0));
                i = end;
            }
            else if (path.AsSpan(i).StartsWith("['"))
            {
                var end = i + 2;
                while (true)
                {
                    end = path.IndexOf("']", end, StringComparison.Ordinal);
                    if (end < 0)
                    {
                        return null;
                    }

                    if (end + 2 == path.Length || path[end + 2] is '.' or '[')
                    {
                        break;
                    }

                    end++;
                }

                segments.Add(new PathSegment(path[(i + 2)..end], 0));
                i = end + 2;
            }
            else if (path[i] == '[')
            {
                if (!TryReadIndex(path, ref i, segments))
                {
                    return null;
                }
            }
            else
            {
                return null;
            }
        }

        return segments;
    }

    /// <summary>Reads an array index <c>[n]</c> at <paramref name="i"/> (both path syntaxes write it the same way) and moves past it.</summary>
    private static bool TryReadIndex(string path, ref int i, List<PathSegment> segments)
    {
        var end = path.IndexOf(']', i);
        if (end < 0 || !int.TryParse(path.AsSpan(i + 1, end - i - 1), NumberStyles.None, CultureInfo.InvariantCulture, out var index))
        {
            return false;
        }

        segments.Add(new PathSegment(null, index));
        i = end + 1;
        return true;
    }

    private static bool IsPlain(string name)
    {
        if (name.Length == 0 || name.AsSpan().ContainsAny(Special))
        {
            return false;
        }

        for (var i = 0; i < name.Length; i++)
        {
            if (char.IsControl(name[i]) || IsUnpairedSurrogate(name, i))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsUnpairedSurrogate(string name, int i) =>
        char.IsHighSurrogate(name[i])
            ? i + 1 >= name.Length || !char.IsLowSurrogate(name[i + 1])
            : char.IsLowSurrogate(name[i]) && (i == 0 || !char.IsHighSurrogate(name[i - 1]));
}

/// <summary>One step of a JSON path: a property name, or (when <see cref="Name"/> is null) an array index.</summary>
/// <param name="Name">The property name or dictionary key; <see langword="null"/> for an array index.</param>
/// <param name="Index">The array index, when <paramref name="Name"/> is <see langword="null"/>.</param>
internal readonly record struct PathSegment(string? Name, int Index);
