using System.Globalization;
using System.Text;

namespace JourneyKit.Rendering;

/// <summary>
/// Draws the SVG journey map: a column per stage (name, score, desired outcome), a card per touchpoint,
/// one emotion curve per persona across the touchpoints, pain points and delights marked, and the
/// value-stream minutes under each stage.
/// </summary>
/// <remarks>
/// The picture is self-contained (no fonts, images, scripts or links outside it) and sized to its
/// content: a column is at least 210 px wide and grows with its touchpoints, so that a 5 × 6 map fits
/// a laptop screen and a 10 × 12 map stays legible at 100 % (it scrolls sideways rather than shrinking).
/// </remarks>
internal static class SvgJourneyMapWriter
{
    private const string Font = "Segoe UI, Helvetica Neue, Arial, Liberation Sans, DejaVu Sans, sans-serif";

    /// <summary>Writes the map of <paramref name="view"/> as a standalone SVG document to <paramref name="output"/>, a piece at a time.</summary>
    public static void Write(JourneyView view, TextWriter output) =>
        MarkupSpill.Stream(output, (builder, sink) => Write(view, builder, standalone: true, sink));

    /// <summary>
    /// Appends the map's <c>&lt;svg&gt;</c> element. A <paramref name="standalone"/> picture starts with an XML
    /// declaration and carries its own title, description and summary; inside the HTML report the page says those.
    /// With a <paramref name="sink"/>, <paramref name="output"/> is written out to it and emptied whenever it grows large (<see cref="MarkupSpill"/>).
    /// </summary>
    public static void Write(JourneyView view, StringBuilder output, bool standalone, TextWriter? sink = null)
    {
        ArgumentNullException.ThrowIfNull(view);
        ArgumentNullException.ThrowIfNull(output);
        var layout = SvgMapLayout.Of(view, standalone);
        var svg = new SvgCanvas(output, sink);
        if (standalone)
        {
            svg.Raw("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        }

        svg.Raw($"<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"journey-map\" width=\"{SvgCanvas.Num(layout.Width)}\" height=\"{SvgCanvas.Num(layout.Height)}\" viewBox=\"0 0 {SvgCanvas.Num(layout.Width)} {SvgCanvas.Num(layout.Height)}\" role=\"img\" aria-labelledby=\"jk-map-title\" font-family=\"{Font}\" fill=\"{Palette.Ink}\">\n");
        svg.Raw("<title id=\"jk-map-title\">");
        MarkupText.Append(output, $"Journey map: {view.Map.Name}");
        svg.Raw("</title>\n<defs>").Raw(ChannelGlyphs.Definitions).Raw("</defs>\n");
        svg.Rect(0, 0, layout.Width, layout.Height, "fill=\"#FFFFFF\"");

        DrawHeader(svg, view, layout, standalone);
        DrawGutter(svg, layout);
        for (var s = 0; s < view.Stages.Count; s++)
        {
            DrawStage(svg, view, layout, s);
        }

        DrawEmotionLane(svg, view, layout);
        DrawFooter(svg, view, layout);
        svg.Raw("</svg>\n");
    }

    private static void DrawHeader(SvgCanvas svg, JourneyView view, SvgMapLayout layout, bool titled)
    {
        if (titled)
        {
            DrawTitle(svg, view, layout);
        }

        // Legend: one entry per curve, then the markers.
        var slots = layout.LegendSlots;
        for (var k = 0; k < view.Curves.Count; k++)
        {
            var curve = view.Curves[k];
            var (x, y) = slots[k];
            var colour = Palette.PersonaColour(curve.Index);
            svg.OpenGroup().Title(curve.IsEveryone ? curve.Name : $"{curve.Name} ({curve.Id})");
            svg.Line(x, y - 4, x + 26, y - 4, $"stroke=\"{colour}\" stroke-width=\"2.5\"{SvgShapes.DashAttribute(curve.Index)}");
            SvgShapes.Marker(svg, curve.Index, x + 13, y - 4, 4.5);
            svg.Text(x + 32, y, SvgMapLayout.LegendName(curve), "font-size=\"12\"");
            svg.CloseGroup();
        }

        var (px, py) = slots[^2];
        SvgShapes.PainIcon(svg, px + 7, py - 4);
        svg.Text(px + 18, py, "pain point", $"font-size=\"12\" fill=\"{Palette.Muted}\"");
        var (dx, dy) = slots[^1];
        SvgShapes.DelightIcon(svg, dx + 7, dy - 4);
        svg.Text(dx + 18, dy, "moment of delight", $"font-size=\"12\" fill=\"{Palette.Muted}\"");
    }

    private static void DrawTitle(SvgCanvas svg, JourneyView view, SvgMapLayout layout)
    {
        var contentWidth = layout.Width - (2 * SvgMapLayout.Pad);
        svg.Text(SvgMapLayout.Pad, SvgMapLayout.Pad + 20, TextFit.Truncate(view.Map.Name, contentWidth, 22, bold: true), "font-size=\"22\" font-weight=\"700\"");
        var subtitle = layout.SubtitleLineList;
        if (subtitle.Count > 0)
        {
            svg.OpenGroup("class=\"description\"").Title(SvgMapLayout.Subtitle(view));
            for (var i = 0; i < subtitle.Count; i++)
            {
                svg.Text(SvgMapLayout.Pad, SvgMapLayout.Pad + 42 + (i * SvgMapLayout.DescriptionLineHeight), subtitle[i], $"font-size=\"13\" fill=\"{Palette.Muted}\"");
            }

            svg.CloseGroup();
        }

        // Summary chips.
        var x = SvgMapLayout.Pad;
        var y = SvgMapLayout.Pad + 56 + (Math.Max(0, subtitle.Count - 1) * SvgMapLayout.DescriptionLineHeight);
        foreach (var (label, value, colour) in SummaryChips(view))
        {
            var width = TextFit.Width(label, 11) + TextFit.Width(value, 12.5, bold: true) + 26;
            svg.Rect(x, y, width, 24, $"fill=\"#F1F5F9\" stroke=\"{Palette.Rule}\"", 12);
            svg.Text(x + 11, y + 16, label, $"font-size=\"11\" fill=\"{Palette.Muted}\"");
            svg.Text(x + 15 + TextFit.Width(label, 11), y + 16.5, value, $"font-size=\"12.5\" font-weight=\"700\" fill=\"{colour}\"");
            x += width + 8;
        }
    }

    private static IEnumerable<(string Label, string Value, string Colour)> SummaryChips(JourneyView view)
    {
        if (view.JourneyScore is { } score)
        {
            yield return ("Journey score", Format(score, 0), Palette.ScoreColour(score));
        }

        yield return ("Stages", view.Stages.Count.ToString(CultureInfo.InvariantCulture), Palette.Ink);
        yield return ("Touchpoints", view.TouchpointCount.ToString(CultureInfo.InvariantCulture), Palette.Ink);
        var pains = view.Touchpoints.Count(t => t.Pain is not null);
        var delights = view.Touchpoints.Count(t => t.Delight is not null);
        if (view.Touchpoints.Any(t => t.Score is not null) || pains + delights > 0)
        {
            yield return ("Pain points", pains.ToString(CultureInfo.InvariantCulture), pains > 0 ? Palette.Pain : Palette.Ink);
            yield return ("Delights", delights.ToString(CultureInfo.InvariantCulture), delights > 0 ? Palette.Delight : Palette.Ink);
        }

        if (view.LeadTimeMinutes is { } lead)
        {
            yield return ("Lead time", Minutes(lead), Palette.Ink);
        }

        if (view.ProcessCycleEfficiency is { } pce)
        {
            yield return ("PCE", Percent(pce), Palette.Ink);
        }
    }

    private static void DrawGutter(SvgCanvas svg, SvgMapLayout layout)
    {
        const string Label = "font-size=\"10\" font-weight=\"700\" letter-spacing=\"0.8\" fill=\"#94A3B8\"";
        svg.Text(SvgMapLayout.Pad, layout.BandTop + 33, "STAGE", Label);
        svg.Text(SvgMapLayout.Pad, layout.OutcomeTop + 24, "DESIRED", Label);
        svg.Text(SvgMapLayout.Pad, layout.OutcomeTop + 37, "OUTCOME", Label);
        svg.Text(SvgMapLayout.Pad, layout.LaneTop + 18, "EMOTION", Label);
        svg.Text(SvgMapLayout.Pad, layout.NumbersY + 4, "STEP", Label);
        svg.Text(SvgMapLayout.Pad, layout.CardsTop + 20, "TOUCHPOINTS", Label);
        svg.Text(SvgMapLayout.Pad, layout.TimeTop + 16, "TIME", Label);
        svg.Text(SvgMapLayout.Pad, layout.TimeTop + 30, "work / wait", $"font-size=\"10\" fill=\"#94A3B8\"");
    }

    private static void DrawStage(SvgCanvas svg, JourneyView view, SvgMapLayout layout, int index)
    {
        var stage = view.Stages[index];
        var x = layout.StageX[index];
        var w = layout.StageWidth[index];

        // Column background from the band to the timings.
        svg.Rect(x, layout.BandTop, w, layout.TimeTop + 48 - layout.BandTop, "fill=\"#F8FAFC\"", 10);

        // Header band: number, name, score.
        svg.OpenGroup().Title(StageTooltip(stage, index));
        svg.Rect(x, layout.BandTop, w, 58, $"fill=\"{Palette.StageBand}\"", 10);
        svg.Text(x + 12, layout.BandTop + 16, $"STAGE {index + 1}", "font-size=\"9.5\" font-weight=\"700\" letter-spacing=\"1\" fill=\"#9FB3CC\"");
        var nameLines = TextFit.Wrap(stage.Source.Name, w - 70, 14.5, 2, bold: true);
        for (var i = 0; i < nameLines.Count; i++)
        {
            svg.Text(x + 12, layout.BandTop + (nameLines.Count == 1 ? 38 : 32) + (i * 17), nameLines[i], "font-size=\"14.5\" font-weight=\"700\" fill=\"#FFFFFF\"");
        }

        var cx = x + w - 30;
        var cy = layout.BandTop + 29;
        svg.Circle(cx, cy, 20, $"fill=\"#FFFFFF\" stroke=\"{Palette.ScoreColour(stage.Score)}\" stroke-width=\"3\"");
        svg.Text(cx, cy + 3, stage.Score is { } score ? Format(score, 0) : "\u2013", $"font-size=\"14\" font-weight=\"700\" text-anchor=\"middle\" fill=\"{Palette.ScoreColour(stage.Score)}\"");
        svg.Text(cx, cy + 12, "score", $"font-size=\"7.5\" text-anchor=\"middle\" fill=\"{Palette.Muted}\"");
        svg.CloseGroup();

        // Desired outcome.
        svg.Rect(x + 6, layout.OutcomeTop, w - 12, 52, "fill=\"#EEF2F7\"", 7);
        if (string.IsNullOrWhiteSpace(stage.Source.DesiredOutcome))
        {
            svg.Text(x + 14, layout.OutcomeTop + 30, "no desired outcome stated", $"font-size=\"11.5\" font-style=\"italic\" fill=\"#94A3B8\"");
        }
        else
        {
            svg.OpenGroup().Title(stage.Source.DesiredOutcome);
            var lines = TextFit.Wrap(stage.Source.DesiredOutcome, w - 28, 11.5, 3);
            var top = layout.OutcomeTop + (lines.Count == 3 ? 16 : lines.Count == 2 ? 22 : 30);
            for (var i = 0; i < lines.Count; i++)
            {
                svg.Text(x + 14, top + (i * 14), lines[i], "font-size=\"11.5\" font-style=\"italic\" fill=\"#334155\"");
            }

            svg.CloseGroup();
        }

        // Touchpoint cards.
        if (stage.Touchpoints.Count == 0)
        {
            svg.Text(x + 14, layout.CardsTop + 26, view.Selected is null ? "no touchpoints" : "no touchpoints for this persona", $"font-size=\"11.5\" font-style=\"italic\" fill=\"#94A3B8\"");
        }

        var y = layout.CardsTop;
        foreach (var touchpoint in stage.Touchpoints)
        {
            var (lines, details) = layout.CardLines[touchpoint.Number - 1];
            DrawCard(svg, touchpoint, lines, details, x + 8, y, w - 16);
            y += SvgMapLayout.CardHeightOf(lines, details) + SvgMapLayout.CardGap;
        }

        // Value-stream minutes.
        DrawTimings(svg, stage, layout, x, w);
    }

    private static void DrawCard(SvgCanvas svg, TouchpointView touchpoint, IReadOnlyList<string> nameLines, IReadOnlyList<string> detailLines, double x, double y, double w)
    {
        var source = touchpoint.Source;
        var height = SvgMapLayout.CardHeightOf(nameLines, detailLines);
        WriteCardTooltip(svg.OpenGroup(), touchpoint);
        svg.Rect(x, y, w, height, $"fill=\"#FFFFFF\" stroke=\"{Palette.Rule}\"", 7);
        var accent = touchpoint.Pain is not null ? $"fill=\"{Palette.Pain}\"" : touchpoint.Delight is not null ? $"fill=\"{Palette.Delight}\"" : "fill=\"#94A3B8\"";
        svg.PathOf(accent, $"M{x + 7} {y}h-0.5a7 7 0 0 0-6.5 7v{height - 14}a7 7 0 0 0 6.5 7h0.5z");
        svg.Circle(x + 20, y + 17, 10, $"fill=\"{Palette.Ink}\"");
        svg.Text(x + 20, y + 20.5, touchpoint.Number.ToString(CultureInfo.InvariantCulture), "font-size=\"10\" font-weight=\"700\" text-anchor=\"middle\" fill=\"#FFFFFF\"");

        var right = x + w - 10;
        for (var i = 0; i < nameLines.Count; i++)
        {
            svg.Text(x + 36, y + 19 + (i * SvgMapLayout.NameLineHeight), nameLines[i], $"font-size=\"{SvgCanvas.Num(SvgMapLayout.NameFontSize)}\" font-weight=\"700\"");
        }

        y += (nameLines.Count - 1) * SvgMapLayout.NameLineHeight;
        var iconY = y + 14 - ((nameLines.Count - 1) * SvgMapLayout.NameLineHeight);
        if (touchpoint.Pain is not null)
        {
            SvgShapes.PainIcon(svg, right - 6, iconY);
        }
        else if (touchpoint.Delight is not null)
        {
            SvgShapes.DelightIcon(svg, right - 6, iconY);
        }

        svg.Use(ChannelGlyphs.SymbolId(source.Channel), x + 35, y + 27, 13, $"color=\"{Palette.Muted}\"");
        var scoreText = touchpoint.Score is { } score ? Format(score, 0) : null;
        for (var i = 0; i < detailLines.Count; i++)
        {
            svg.Text(x + 53, y + 37 + (i * SvgMapLayout.DetailLineHeight), detailLines[i], $"class=\"detail\" font-size=\"11\" fill=\"{Palette.Muted}\"");
        }

        if (scoreText is not null)
        {
            svg.Text(right, y + 37, scoreText, $"font-size=\"11\" font-weight=\"700\" text-anchor=\"end\" fill=\"{Palette.ScoreColour(touchpoint.Score)}\"");
        }

        svg.CloseGroup();
    }

    private static void DrawTimings(SvgCanvas svg, StageView stage, SvgMapLayout layout, double x, double w)
    {
        var top = layout.TimeTop;
        if (stage.ProcessMinutes is not { } process || stage.WaitMinutes is not { } wait)
        {
            svg.Text(x + 12, top + 24, "no timings stated", $"font-size=\"11\" font-style=\"italic\" fill=\"#94A3B8\"");
            return;
        }

        // The bar splits the stage's lead time into work and wait: its blue share is how much of the time
        // someone works on the customer's request.
        var barWidth = w - 24;
        svg.Rect(x + 12, top + 6, barWidth, 9, "fill=\"#E2E8F0\"", 4.5);
        if (process + wait > 0)
        {
            svg.OpenGroup().Title($"Work {Minutes(process)}, wait {Minutes(wait)}");
            var processWidth = barWidth * process / (process + wait);
            svg.Rect(x + 12, top + 6, processWidth, 9, $"fill=\"{Palette.Process}\"", 0);
            svg.Rect(x + 12 + processWidth, top + 6, barWidth - processWidth, 9, $"fill=\"{Palette.Wait}\"", 0);
            svg.CloseGroup();
        }

        var label = $"{Minutes(process)} work \u00B7 {Minutes(wait)} wait";
        svg.Text(x + 12, top + 30, TextFit.Truncate(label, barWidth, 11), $"font-size=\"11\" fill=\"#334155\"");
        if (stage.ProcessCycleEfficiency is { } pce)
        {
            svg.Text(x + 12, top + 44, $"PCE {Percent(pce)}", $"font-size=\"10.5\" fill=\"{Palette.Muted}\"");
        }
    }

    private static void DrawEmotionLane(SvgCanvas svg, JourneyView view, SvgMapLayout layout)
    {
        var left = SvgMapLayout.Pad + SvgMapLayout.Gutter - 6;
        var right = layout.Width - SvgMapLayout.Pad;
        var zero = layout.EmotionY(0);
        svg.Rect(left, layout.LaneTop, right - left, zero - layout.LaneTop, "fill=\"#F0FDF4\"");
        svg.Rect(left, zero, right - left, layout.LaneBottom - zero, "fill=\"#FEF2F2\"");

        // Pain and delight columns, behind the grid.
        foreach (var touchpoint in view.Touchpoints)
        {
            var tx = layout.TouchpointX[touchpoint.Number - 1];
            if (touchpoint.Pain is not null)
            {
                svg.Rect(tx - 6, layout.LaneTop, 12, layout.LaneBottom - layout.LaneTop, $"fill=\"{Palette.Pain}\" fill-opacity=\"0.08\"");
            }
            else if (touchpoint.Delight is not null)
            {
                svg.Rect(tx - 6, layout.LaneTop, 12, layout.LaneBottom - layout.LaneTop, $"fill=\"{Palette.Delight}\" fill-opacity=\"0.10\"");
            }
        }

        for (var level = -3; level <= 3; level++)
        {
            var y = layout.EmotionY(level);
            svg.Line(left, y, right, y, level == 0 ? "stroke=\"#94A3B8\" stroke-width=\"1.2\"" : "stroke=\"#E2E8F0\" stroke-dasharray=\"3 4\"");
            var label = level > 0 ? "+" + level.ToString(CultureInfo.InvariantCulture) : level < 0 ? "-" + (-level).ToString(CultureInfo.InvariantCulture) : "0";
            svg.Text(left - 24, y + 4, label, $"font-size=\"10.5\" text-anchor=\"end\" fill=\"{Palette.Muted}\"");
        }

        SvgShapes.Face(svg, left - 12, layout.EmotionY(3), 1);
        SvgShapes.Face(svg, left - 12, layout.EmotionY(0), 0);
        SvgShapes.Face(svg, left - 12, layout.EmotionY(-3), -1);

        for (var s = 1; s < view.Stages.Count; s++)
        {
            var x = layout.StageX[s] - (SvgMapLayout.ColumnGap / 2);
            svg.Line(x, layout.LaneTop, x, layout.LaneBottom, $"stroke=\"{Palette.Rule}\" stroke-dasharray=\"2 3\"");
        }

        // Curves: one per persona, a small sideways offset each so coinciding points stay visible.
        var count = view.Curves.Count;
        for (var k = 0; k < count; k++)
        {
            var curve = view.Curves[k];
            var offset = (k - ((count - 1) / 2.0)) * layout.CurveOffset(count);
            var points = view.Touchpoints
                .Where(t => t.Emotions[k] is not null)
                .Select(t => (X: layout.TouchpointX[t.Number - 1] + offset, Y: layout.EmotionY(t.Emotions[k]!.Value), Touchpoint: t))
                .ToList();
            if (points.Count == 0)
            {
                continue;
            }

            var colour = Palette.PersonaColour(curve.Index);
            svg.OpenGroup().Title($"Emotion of {curve.Name}");
            if (points.Count > 1)
            {
                SvgShapes.SmoothPath(svg, points.Select(p => (p.X, p.Y)).ToList(),
                    $"fill=\"none\" stroke=\"{colour}\" stroke-width=\"2.5\" stroke-linejoin=\"round\" stroke-linecap=\"round\" stroke-opacity=\"0.9\"{SvgShapes.DashAttribute(curve.Index)}");
            }

            svg.CloseGroup();
            foreach (var (px, py, touchpoint) in points)
            {
                svg.OpenGroup().Title($"{curve.Name} at {touchpoint.Number}. {touchpoint.Source.Name}: emotion {Signed(touchpoint.Emotions[k]!.Value)}");
                SvgShapes.Marker(svg, curve.Index, px, py, 4.5);
                svg.CloseGroup();
            }
        }

        // Step numbers, coloured by finding.
        foreach (var touchpoint in view.Touchpoints)
        {
            var tx = layout.TouchpointX[touchpoint.Number - 1];
            var (fill, ink, stroke) = touchpoint.Pain is not null ? (Palette.Pain, "#FFFFFF", touchpoint.Delight is not null ? Palette.Delight : Palette.Pain)
                : touchpoint.Delight is not null ? (Palette.Delight, "#FFFFFF", Palette.Delight)
                : ("#FFFFFF", Palette.Ink, "#94A3B8");
            svg.OpenGroup().Title($"{touchpoint.Number}. {touchpoint.Source.Name}");
            svg.Circle(tx, layout.NumbersY, 9, $"fill=\"{fill}\" stroke=\"{stroke}\" stroke-width=\"1.5\"");
            svg.Text(tx, layout.NumbersY + 3.5, touchpoint.Number.ToString(CultureInfo.InvariantCulture), $"font-size=\"{(touchpoint.Number >= 100 ? "8" : "9.5")}\" font-weight=\"700\" text-anchor=\"middle\" fill=\"{ink}\"");
            svg.CloseGroup();
        }
    }

    private static void DrawFooter(SvgCanvas svg, JourneyView view, SvgMapLayout layout)
    {
        var parts = new List<string>();
        if (view.LeadTimeMinutes is { } lead)
        {
            parts.Add($"Journey lead time {Minutes(lead)}");
        }

        if (view.ProcessCycleEfficiency is { } pce)
        {
            parts.Add($"process cycle efficiency {Percent(pce)} (value-adding work \u00F7 lead time)");
        }

        parts.Add("emotion from -3 (very negative) to +3 (very positive)");
        var text = string.Join(" \u00B7 ", parts);
        svg.Text(SvgMapLayout.Pad, layout.FooterY, TextFit.Truncate(char.ToUpperInvariant(text[0]) + text[1..], layout.Width - (2 * SvgMapLayout.Pad) - 120, 11), $"font-size=\"11\" fill=\"{Palette.Muted}\"");
        svg.Text(layout.Width - SvgMapLayout.Pad, layout.FooterY, "JourneyKit", "font-size=\"11\" font-weight=\"700\" text-anchor=\"end\" fill=\"#94A3B8\"");
    }

    private static string StageTooltip(StageView stage, int index)
    {
        var text = new StringBuilder().Append("Stage ").Append(index + 1).Append(": ").Append(stage.Source.Name);
        if (stage.Score is { } score)
        {
            text.Append("\nStage score ").Append(Format(score, 1)).Append(" of 100");
        }

        if (!string.IsNullOrWhiteSpace(stage.Source.DesiredOutcome))
        {
            text.Append("\nDesired outcome: ").Append(stage.Source.DesiredOutcome);
        }

        return text.ToString();
    }

    /// <summary>Writes a card's title (number and name, id, channel, owner, score, emotion, findings), escaped piece by piece.</summary>
    private static void WriteCardTooltip(SvgCanvas svg, TouchpointView touchpoint)
    {
        var source = touchpoint.Source;
        svg.OpenTitle().Escaped(touchpoint.Number).Escaped(". ").Escaped(source.Name)
            .Escaped("\nid: ").Escaped(source.Id)
            .Escaped("\nchannel: ").Escaped(ChannelGlyphs.Label(source.Channel));
        if (!string.IsNullOrWhiteSpace(source.Owner))
        {
            svg.Escaped("\nowner: ").Escaped(source.Owner);
        }

        if (touchpoint.Score is { } score)
        {
            svg.Escaped("\nscore: ").Escaped(Format(score, 1)).Escaped(" of 100");
        }

        if (touchpoint.Emotion is { } emotion)
        {
            svg.Escaped("\nemotion: ").Escaped(Signed(emotion));
        }

        if (touchpoint.Pain is { } pain)
        {
            svg.Escaped("\npain point: ");
            Reasons(svg, pain.Reasons);
        }

        if (touchpoint.Delight is { } delight)
        {
            svg.Escaped("\nmoment of delight: ");
            Reasons(svg, delight.Reasons);
        }

        svg.CloseTitle();
    }

    private static void Reasons(SvgCanvas svg, IReadOnlyList<Scoring.FindingReason> reasons)
    {
        for (var i = 0; i < reasons.Count; i++)
        {
            svg.Escaped(i == 0 ? string.Empty : ", ").Escaped(ReportText.Reason(reasons[i]));
        }
    }

    private static string Format(double value, int decimals) => ReportText.Number(value, decimals);

    private static string Signed(double value) => ReportText.Signed(value);

    private static string Minutes(double minutes) => ReportText.Minutes(minutes);

    private static string Percent(double share) => ReportText.Percent(share);
}
