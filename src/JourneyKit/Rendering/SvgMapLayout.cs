namespace JourneyKit.Rendering;

/// <summary>
/// Where everything of the SVG map goes: column positions and widths, the top of each row (legend,
/// stage band, desired outcome, emotion lane, step numbers, cards, timings, footer), the x of every
/// touchpoint. Worked out once before drawing, so the picture is sized to its content.
/// </summary>
internal sealed class SvgMapLayout
{
    /// <summary>The margin around the picture, in px.</summary>
    public const double Pad = 24;

    /// <summary>The width of the row labels at the left, in px.</summary>
    public const double Gutter = 118;

    /// <summary>The gap between stage columns, in px.</summary>
    public const double ColumnGap = 10;

    /// <summary>The narrowest stage column, in px: room for a card's name.</summary>
    public const double MinStageWidth = 210;

    /// <summary>The room per touchpoint on the emotion curve, in px: a column grows past eight touchpoints.</summary>
    public const double PerTouchpointWidth = 24;

    /// <summary>The height of a card with a one-line name, in px.</summary>
    public const double CardHeight = 46;

    /// <summary>The extra height of a card's second name line, in px.</summary>
    public const double NameLineHeight = 14.5;

    /// <summary>The font size of card names, in px.</summary>
    public const double NameFontSize = 12.5;

    /// <summary>The gap between cards, in px.</summary>
    public const double CardGap = 6;

    /// <summary>The height of one emotion step (of six between −3 and +3), in px.</summary>
    public const double EmotionUnit = 26;

    /// <summary>The space above +3 and below −3 in the emotion lane, in px.</summary>
    public const double LaneInset = 12;

    /// <summary>A card's name on at most two lines, beside the number badge and the finding icon.</summary>
    public static IReadOnlyList<string> CardNameLines(TouchpointView touchpoint, double stageWidth)
    {
        var width = stageWidth - 16 - 36 - 10 - (touchpoint.Pain is not null || touchpoint.Delight is not null ? 18 : 0);
        var lines = TextFit.Wrap(touchpoint.Source.Name, width, NameFontSize, 2, bold: true);
        return lines.Count == 0 ? [string.Empty] : lines;
    }

    /// <summary>The extra height of each further line of a card's channel · owner line, in px.</summary>
    public const double DetailLineHeight = 13;

    /// <summary>The font size of a card's channel · owner line, in px.</summary>
    public const double DetailFontSize = 11;

    /// <summary>The most lines a card's channel · owner line wraps onto before it is shortened (the full text is in the card's title).</summary>
    public const int DetailMaxLines = 3;

    /// <summary>A card's channel and owner (<c>Web · customer service</c>), wrapped on up to <see cref="DetailMaxLines"/> lines beside the channel icon and the score.</summary>
    public static IReadOnlyList<string> CardDetailLines(TouchpointView touchpoint, double stageWidth)
    {
        var source = touchpoint.Source;
        var detail = ChannelGlyphs.Label(source.Channel) + (string.IsNullOrWhiteSpace(source.Owner) ? string.Empty : " \u00B7 " + source.Owner);
        var scoreWidth = touchpoint.Score is { } score ? TextFit.Width(ReportText.Number(score, 0), DetailFontSize, bold: true) + 8 : 0;
        var width = stageWidth - 16 - 53 - 10 - scoreWidth;
        var lines = TextFit.Wrap(detail, width, DetailFontSize, DetailMaxLines);
        return lines.Count == 0 ? [string.Empty] : lines;
    }

    /// <summary>The height of a card whose name and channel · owner line take these lines.</summary>
    public static double CardHeightOf(IReadOnlyList<string> nameLines, IReadOnlyList<string> detailLines) =>
        CardHeight + ((nameLines.Count - 1) * NameLineHeight) + ((detailLines.Count - 1) * DetailLineHeight);

    /// <summary>The height of a touchpoint's card in a column of <paramref name="stageWidth"/>.</summary>
    public static double CardHeightOf(TouchpointView touchpoint, double stageWidth) =>
        CardHeightOf(CardNameLines(touchpoint, stageWidth), CardDetailLines(touchpoint, stageWidth));

    /// <summary>The most lines the map's description wraps onto under the title (the full text is in its title).</summary>
    public const int DescriptionMaxLines = 3;

    /// <summary>The height of a further line of the description, in px.</summary>
    public const double DescriptionLineHeight = 17;

    /// <summary>The subtitle under a standalone map's title (the description, or what a persona view shows), wrapped.</summary>
    public static IReadOnlyList<string> SubtitleLines(JourneyView view, double width)
    {
        var subtitle = Subtitle(view);
        return subtitle.Length == 0 ? [] : TextFit.Wrap(subtitle, width - (2 * Pad), 13, DescriptionMaxLines);
    }

    /// <summary>The subtitle's full text: the description, or what a persona view shows.</summary>
    public static string Subtitle(JourneyView view) => view.Selected is not null
        ? $"Persona view: {view.Selected.Name}, only the touchpoints this persona meets"
        : view.Map.Description ?? string.Empty;

    /// <summary>A persona's name as the legend shows it.</summary>
    public static string LegendName(PersonaView curve) => TextFit.Truncate(curve.Name, 260, 12);


    /// <summary>The picture's width.</summary>
    public double Width { get; private init; }

    /// <summary>The picture's height.</summary>
    public double Height { get; private init; }

    /// <summary>Each drawn touchpoint's card lines (name, channel · owner), by its number − 1.</summary>
    public IReadOnlyList<(IReadOnlyList<string> Name, IReadOnlyList<string> Detail)> CardLines { get; private init; } = [];

    /// <summary>The subtitle's lines under the title of a standalone map (none inside the HTML report).</summary>
    public IReadOnlyList<string> SubtitleLineList { get; private init; } = [];

    /// <summary>The baseline of the legend's first row.</summary>
    public double LegendY { get; private init; }

    /// <summary>The top of the stage bands.</summary>
    public double BandTop { get; private init; }

    /// <summary>The top of the desired-outcome boxes.</summary>
    public double OutcomeTop { get; private init; }

    /// <summary>The top of the first card.</summary>
    public double CardsTop { get; private init; }

    /// <summary>The top of the emotion lane.</summary>
    public double LaneTop { get; private init; }

    /// <summary>The bottom of the emotion lane.</summary>
    public double LaneBottom { get; private init; }

    /// <summary>The centre line of the step numbers.</summary>
    public double NumbersY { get; private init; }

    /// <summary>The top of the timings row.</summary>
    public double TimeTop { get; private init; }

    /// <summary>The baseline of the footer.</summary>
    public double FooterY { get; private init; }

    /// <summary>Where each legend entry starts: one per curve, then the pain and delight keys.</summary>
    public IReadOnlyList<(double X, double Y)> LegendSlots { get; private init; } = [];

    /// <summary>The left edge of each stage column.</summary>
    public IReadOnlyList<double> StageX { get; private init; } = [];

    /// <summary>The width of each stage column.</summary>
    public IReadOnlyList<double> StageWidth { get; private init; } = [];

    /// <summary>The x of each drawn touchpoint, by its number − 1.</summary>
    public IReadOnlyList<double> TouchpointX { get; private init; } = [];

    /// <summary>The sideways step between the markers of consecutive curves: 5 px, less where touchpoints stand close.</summary>
    public double CurveOffset(int curves) => curves < 2 ? 0 : Math.Min(5, MinSpacing * 0.45 / (curves - 1));

    /// <summary>The smallest distance between neighbouring touchpoints.</summary>
    public double MinSpacing { get; private init; }

    /// <summary>The y of an emotion on the lane (clamped to −3..+3).</summary>
    public double EmotionY(double emotion) => LaneTop + LaneInset + ((3 - Math.Clamp(emotion, -3, 3)) * EmotionUnit);

    /// <summary>Lays out the map of <paramref name="view"/>; a <paramref name="titled"/> map leaves room for its title and summary.</summary>
    public static SvgMapLayout Of(JourneyView view, bool titled)
    {
        var stageX = new List<double>();
        var stageWidth = new List<double>();
        var touchpointX = new List<double>();
        var x = Pad + Gutter;
        foreach (var stage in view.Stages)
        {
            var n = stage.Touchpoints.Count;
            var w = Math.Max(MinStageWidth, (PerTouchpointWidth * n) + 24);
            stageX.Add(x);
            stageWidth.Add(w);
            for (var i = 0; i < n; i++)
            {
                touchpointX.Add(x + ((i + 0.5) * w / n));
            }

            x += w + ColumnGap;
        }

        var width = Math.Max(760, x - ColumnGap + Pad);
        var subtitleLines = titled ? SubtitleLines(view, width) : [];
        var legendY = titled ? Pad + 100 + (Math.Max(0, subtitleLines.Count - 1) * DescriptionLineHeight) : 16;
        var slots = new List<(double X, double Y)>();
        var widths = view.Curves.Select(c => 32 + TextFit.Width(LegendName(c), 12))
            .Append(18 + TextFit.Width("pain point", 12)).Append(18 + TextFit.Width("moment of delight", 12));
        var (lx, ly) = (Pad, legendY);
        foreach (var entry in widths)
        {
            if (lx > Pad && lx + entry > width - Pad)
            {
                (lx, ly) = (Pad, ly + 18);
            }

            slots.Add((lx, ly));
            lx += entry + 18;
        }

        var bandTop = ly + 16;
        var outcomeTop = bandTop + 58 + 8;
        var laneTop = outcomeTop + 52 + 10;
        var laneBottom = laneTop + (2 * LaneInset) + (6 * EmotionUnit);
        var numbersY = laneBottom + 18;
        var cardsTop = numbersY + 20;
        // Every card's lines, worked out once: the drawing reuses them.
        var cardLines = new List<(IReadOnlyList<string> Name, IReadOnlyList<string> Detail)>();
        var tallest = CardHeight;
        for (var i = 0; i < view.Stages.Count; i++)
        {
            var column = -CardGap;
            foreach (var touchpoint in view.Stages[i].Touchpoints)
            {
                var lines = (Name: CardNameLines(touchpoint, stageWidth[i]), Detail: CardDetailLines(touchpoint, stageWidth[i]));
                cardLines.Add(lines);
                column += CardHeightOf(lines.Name, lines.Detail) + CardGap;
            }

            tallest = Math.Max(tallest, column);
        }

        var cardsBottom = cardsTop + tallest;
        var timeTop = cardsBottom + 14;
        var footerY = timeTop + 48 + 26;
        return new SvgMapLayout
        {
            Width = width,
            SubtitleLineList = subtitleLines,
            CardLines = cardLines,
            LegendSlots = slots,
            Height = footerY + Pad - 6,
            LegendY = legendY,
            BandTop = bandTop,
            OutcomeTop = outcomeTop,
            CardsTop = cardsTop,
            LaneTop = laneTop,
            LaneBottom = laneBottom,
            NumbersY = numbersY,
            TimeTop = timeTop,
            FooterY = footerY,
            StageX = stageX,
            StageWidth = stageWidth,
            TouchpointX = touchpointX,
            MinSpacing = view.Stages.Where(s => s.Touchpoints.Count > 0).Select((s, i) => Math.Max(MinStageWidth, (PerTouchpointWidth * s.Touchpoints.Count) + 24) / s.Touchpoints.Count).DefaultIfEmpty(MinStageWidth).Min(),
        };
    }
}
