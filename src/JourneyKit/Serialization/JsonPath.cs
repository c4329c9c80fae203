using System.Buffers;
using System.Globalization;
using System.Text;

namespace JourneyKit.Serialization;

/// <summary>
/// JSON paths written the way System.Text.Json writes them in its exceptions (<c>$.stages[0].name</c>,
/// <c>$.stageScores['a.b']</c>), so that paths found by the reader's own checks and paths reported by
/// the serializer look alike and can be followed back into the document.
/// </summary>
internal static class JsonPath
{
    // The characters that make System.Text.Json write a property name in brackets.
    private static readonly SearchValues<char> Special = SearchValues.Create(". '/\"[]()\t\n\r\f\b\\\u0085\u2028\u2029");

    public const string Root = "$";

    public static void AppendName(StringBuilder path, string name)
    {
        if (name.AsSpan().ContainsAny(Special))
        {
            path.Append("['").Append(name).Append("']");
        }
        else
        {
            path.Append('.').Append(name);
        }
    }

    public static void AppendIndex(StringBuilder path, int index) =>
        path.Append('[').Append(index.ToString(CultureInfo.InvariantCulture)).Append(']');

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

    /// <summary>Splits a path into its segments; <see langword="null"/> when it is not a path System.Text.Json writes.</summary>
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
                segments.Add(new PathSegment(path[(i + 1)..end], 0));
                i = end;
            }
            else if (path.AsSpan(i).StartsWith("['"))
            {
                // A bracketed name ends at the "']" that is followed by the end or another segment.
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
                var end = path.IndexOf(']', i);
                if (end < 0 || !int.TryParse(path.AsSpan(i + 1, end - i - 1), NumberStyles.None, CultureInfo.InvariantCulture, out var index))
                {
                    return null;
                }

                segments.Add(new PathSegment(null, index));
                i = end + 1;
            }
            else
            {
                return null;
            }
        }

        return segments;
    }
}

/// <summary>One step of a JSON path: a property name, or (when <see cref="Name"/> is null) an array index.</summary>
internal readonly record struct PathSegment(string? Name, int Index);
