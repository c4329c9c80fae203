using System.Globalization;
using System.Text;

namespace JourneyKit.Rendering;

/// <summary>Writes a Mermaid <c>journey</c> diagram: a section per stage, a task per touchpoint.</summary>
/// <remarks>
/// Every user string goes through <see cref="MermaidText"/>. Stages without a drawn touchpoint are left
/// out (Mermaid draws nothing for an empty section). A touchpoint without an emotion gets the neutral
/// score 3, announced by a comment line above it, because Mermaid requires a score on every task.
/// </remarks>
internal static class MermaidJourneyWriter
{
    /// <summary>The score Mermaid draws for a task whose touchpoint has no emotion: neutral.</summary>
    public const int NoEmotionScore = 3;

    /// <summary>The comment written above a task that has no emotion.</summary>
    public const string NoEmotionComment = "%% no emotion stated for the next task: drawn as neutral (3)";

    /// <summary>
    /// The design's Mermaid score 1..5 of an emotion −3..+3: round(1 + (e + 3)·2/3), halves rounded away
    /// from zero (−0.75 gives 2.5, drawn as 3), clamped to 1..5.
    /// </summary>
    public static int Score(double emotion)
    {
        var score = Math.Round(1 + ((emotion + 3) * 2 / 3), MidpointRounding.AwayFromZero);
        return (int)Math.Clamp(score, 1, 5);
    }

    /// <summary>Writes the diagram of <paramref name="view"/>.</summary>
    public static string Write(JourneyView view)
    {
        var text = new StringBuilder();
        Write(view, text);
        return text.ToString();
    }

    /// <summary>Appends the diagram of <paramref name="view"/> to <paramref name="text"/>, every line ending in <c>\n</c>.</summary>
    public static void Write(JourneyView view, StringBuilder text)
    {
        ArgumentNullException.ThrowIfNull(view);
        ArgumentNullException.ThrowIfNull(text);
        var title = view.Selected is null ? view.Map.Name : $"{view.Map.Name} ({view.Selected.Name})";
        var actors = new Dictionary<string, string>(StringComparer.Ordinal);
        text.Append("journey\n");
        text.Append("    title ").Append(MermaidText.EscapeTitle(NonEmpty(title, view.Map.Id))).Append('\n');
        foreach (var stage in view.Stages)
        {
            if (stage.Touchpoints.Count == 0)
            {
                continue;
            }

            text.Append("    section ").Append(MermaidText.Escape(NonEmpty(stage.Source.Name, stage.Source.Id))).Append('\n');
            foreach (var touchpoint in stage.Touchpoints)
            {
                if (touchpoint.Emotion is null)
                {
                    text.Append("        ").Append(NoEmotionComment).Append('\n');
                }

                var score = touchpoint.Emotion is { } e ? Score(e) : NoEmotionScore;
                text.Append("        ")
                    .Append(MermaidText.EscapeTaskName(NonEmpty(touchpoint.Source.Name, touchpoint.Source.Id)))
                    .Append(": ")
                    .Append(score.ToString(CultureInfo.InvariantCulture));
                var separator = ": ";
                foreach (var actor in touchpoint.Actors)
                {
                    if (actor.Length == 0)
                    {
                        continue;
                    }

                    // The same few persona names on every task: escaped once each.
                    if (!actors.TryGetValue(actor, out var escaped))
                    {
                        escaped = MermaidText.EscapeActor(actor);
                        actors.Add(actor, escaped);
                    }

                    text.Append(separator).Append(escaped);
                    separator = ", ";
                }

                text.Append('\n');
            }
        }
    }

    /// <summary>
    /// Mermaid's grammar has no empty field: an empty name falls back to the id, and an empty id to
    /// <c>(unnamed)</c>. (Validation requires names; this keeps an unvalidated map drawable.)
    /// </summary>
    private static string NonEmpty(string? name, string? fallback) =>
        !string.IsNullOrEmpty(name) ? name : !string.IsNullOrEmpty(fallback) ? fallback : "(unnamed)";
}
