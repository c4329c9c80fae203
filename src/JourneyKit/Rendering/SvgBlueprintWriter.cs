using System.Globalization;
using System.Text;
using JourneyKit.Model;

namespace JourneyKit.Rendering;

/// <summary>
/// Draws the service blueprint: the stages as columns; as rows, the customer's actions, one swim lane per
/// owning department (unowned last) holding its touchpoints, the line of visibility, and backstage lanes for
/// the business processes by department; an arrow at every handoff.
/// </summary>
/// <remarks>
/// Every drawn touchpoint has a slot (a sub-column) of its own, in journey order, so the card of a touchpoint in
/// the customer row, in its owner's lane and its process's box are stacked in one column and no two boxes share
/// a place. A handoff (consecutive touchpoints with different stated owners, as the value stream counts them) is
/// an arrow from the first card to the next, running in the gap between the two slots. Lane elements carry
/// <c>class="lane"</c>, <c>data-side</c> (<c>frontstage</c>, <c>backstage</c>) and <c>data-department</c> (empty
/// for the unowned lane); handoff arrows <c>class="handoff"</c>. Names wrap on up to three lines before they are
/// shortened, and every shortened text keeps its full text in a <c>&lt;title&gt;</c>.
/// </remarks>
internal static class SvgBlueprintWriter
{
    /// <summary>Margin around the picture.</summary>
    public const double Pad = 24;

    /// <summary>The width of the lane labels on the left.</summary>
    public const double Gutter = 176;

    /// <summary>The width of one touchpoint's slot.</summary>
    public const double SlotWidth = 172;

    /// <summary>The width of a card (the rest of the slot is the gap the handoff arrows run in).</summary>
    public const double CardWidth = 140;

    /// <summary>The height of a card.</summary>
    public const double CardHeight = 78;

    /// <summary>The height of a row or lane.</summary>
    public const double RowHeight = 96;

    /// <summary>The least width, so that the header's summary and legend fit a blueprint of one or two touchpoints.</summary>
    public const double MinWidth = 1280;

    /// <summary>The data-department of the lane of touchpoints without an owner.</summary>
    public const string Unowned = "";

    private const string Font = "Segoe UI, Helvetica Neue, Arial, Liberation Sans, DejaVu Sans, sans-serif";
    private const string HandoffColour = "#C2410C";
    private const double BandHeight = 62;
    private const double VisibilityHeight = 34;
    private const double NameSize = 12;
    private const double LineHeight = 15;
    private const string Label = "font-size=\"10\" font-weight=\"700\" letter-spacing=\"0.8\" fill=\"#94A3B8\"";

    /// <summary>Writes the blueprint of <paramref name="view"/> as a standalone SVG document to <paramref name="output"/>, a piece at a time.</summary>
    public static void Write(JourneyView view, TextWriter output) =>
        MarkupSpill.Stream(output, (builder, sink) => Write(view, builder, standalone: true, sink));

    /// <summary>
    /// Appends the blueprint's <c>&lt;svg&gt;</c> element; a <paramref name="standalone"/> one carries its own title.
    /// With a <paramref name="sink"/>, <paramref name="output"/> is written out to it and emptied whenever it grows large (<see cref="MarkupSpill"/>).
    /// </summary>
    public static void Write(JourneyView view, StringBuilder output, bool standalone, TextWriter? sink = null)
    {
        ArgumentNullException.ThrowIfNull(view);
        ArgumentNullException.ThrowIfNull(output);
        var plan = Plan.Of(view, standalone);
        var svg = new SvgCanvas(output, sink);
        if (standalone)
        {
            svg.Raw("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        }

        var width = SvgCanvas.Num(plan.Width);
        var height = SvgCanvas.Num(plan.Height);
        svg.Raw($"<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"service-blueprint\" width=\"{width}\" height=\"{height}\" viewBox=\"0 0 {width} {height}\" role=\"img\" aria-labelledby=\"jk-bp-title\" font-family=\"{Font}\" fill=\"{Palette.Ink}\">\n");
        svg.Raw("<title id=\"jk-bp-title\">");
        MarkupText.Append(output, $"Service blueprint: {view.Map.Name}");
        svg.Raw("</title>\n<defs><marker id=\"jk-bp-arrow\" viewBox=\"0 0 10 10\" refX=\"9\" refY=\"5\" markerWidth=\"7\" markerHeight=\"7\" orient=\"auto-start-reverse\">")
            .Raw($"<path d=\"M0 0 L10 5 L0 10 z\" fill=\"{HandoffColour}\"/></marker></defs>\n");
        svg.Rect(0, 0, plan.Width, plan.Height, "fill=\"#FFFFFF\"");

        DrawHeader(svg, view, plan, standalone);
        DrawStages(svg, view, plan);
        DrawCustomerRow(svg, view, plan);
        for (var l = 0; l < plan.Front.Count; l++)
        {
            DrawFrontLane(svg, plan, l);
        }

        DrawVisibility(svg, plan);
        for (var l = 0; l < plan.Back.Count; l++)
        {
            DrawBackLane(svg, plan, l);
        }

        DrawColumnEdges(svg, plan);
        DrawConnectors(svg, plan);
        DrawHandoffs(svg, plan);
        DrawFooter(svg, view, plan);
        svg.Raw("</svg>\n");
    }

    private static void DrawHeader(SvgCanvas svg, JourneyView view, Plan plan, bool titled)
    {
        var contentWidth = plan.Width - (2 * Pad);
        if (titled)
        {
            var title = "Service blueprint: " + view.Map.Name;
            svg.OpenGroup().Title(title);
            svg.Text(Pad, Pad + 20, TextFit.Truncate(title, contentWidth, 22, bold: true), "font-size=\"22\" font-weight=\"700\"");
            svg.CloseGroup();
        }

        var summary = string.Create(CultureInfo.InvariantCulture, $"{plan.Front.Count(l => l.Department is not null)} owning departments · {plan.Handoffs.Count} handoffs · {plan.Back.Count} backstage lanes");
        if (view.Selected is not null)
        {
            summary = $"Persona view: {view.Selected.Name}, only the touchpoints this persona meets · " + summary;
        }

        var y = plan.HeaderTop + 16;
        var shown = TextFit.Truncate(summary, contentWidth - 900, 13);
        svg.OpenGroup().Title(summary);
        svg.Text(Pad, y, shown, $"font-size=\"13\" fill=\"{Palette.Muted}\"");
        svg.CloseGroup();

        // Legend, after the summary (a wide blueprint scrolls; the legend stays in the first screen): the arrow and the line.
        var x = Pad + TextFit.Width(shown, 13) + 32;
        svg.Path($"M{SvgCanvas.Num(x)} {SvgCanvas.Num(y - 4)} H{SvgCanvas.Num(x + 30)}", $"stroke=\"{HandoffColour}\" stroke-width=\"2\" fill=\"none\" marker-end=\"url(#jk-bp-arrow)\"");
        svg.Text(x + 38, y, "handoff between departments", $"font-size=\"12\" fill=\"{Palette.Muted}\"");
        svg.Line(x + 214, y - 4, x + 244, y - 4, $"stroke=\"{Palette.Ink}\" stroke-width=\"1.5\" stroke-dasharray=\"6 4\"");
        svg.Text(x + 252, y, "line of visibility", $"font-size=\"12\" fill=\"{Palette.Muted}\"");
        svg.Rect(x + 362, y - 11, 4, 14, $"fill=\"{Palette.Pain}\"", 2);
        svg.Text(x + 372, y, "pain point", $"font-size=\"12\" fill=\"{Palette.Muted}\"");
        svg.Rect(x + 442, y - 11, 4, 14, $"fill=\"{Palette.Delight}\"", 2);
        svg.Text(x + 452, y, "moment of delight (customer row); lane cards: the touchpoint's score colour", $"font-size=\"12\" fill=\"{Palette.Muted}\"");
    }

    private static void DrawStages(SvgCanvas svg, JourneyView view, Plan plan)
    {
        svg.Text(Pad, plan.BandTop + 35, "STAGE", Label);
        for (var s = 0; s < view.Stages.Count; s++)
        {
            var stage = view.Stages[s];
            var (x, w) = plan.StageSpans[s];
            var name = stage.Source.Name.Length > 0 ? stage.Source.Name : stage.Source.Id;
            svg.OpenGroup($"class=\"stage\"").Title($"Stage {s + 1}: {name} ({stage.Source.Id})");
            svg.Rect(x + 2, plan.BandTop, w - 4, BandHeight - 6, $"fill=\"{Palette.StageBand}\"", 6);
            var lines = TextFit.Wrap($"{s + 1}  {name}", w - 24, 13, 3, bold: true);
            var top = plan.BandTop + ((BandHeight - 6 - (lines.Count * 16)) / 2) + 12;
            for (var i = 0; i < lines.Count; i++)
            {
                svg.Text(x + 12, top + (i * 16), lines[i], "font-size=\"13\" font-weight=\"700\" fill=\"#FFFFFF\"");
            }

            svg.CloseGroup();

            if (stage.Touchpoints.Count == 0)
            {
                svg.Text(x + 12, plan.CustomerTop + 30, "no touchpoint in view", $"font-size=\"11\" font-style=\"italic\" fill=\"{Palette.Muted}\"");
            }
        }
    }

    private static void DrawCustomerRow(SvgCanvas svg, JourneyView view, Plan plan)
    {
        svg.Rect(Pad, plan.CustomerTop, plan.Width - (2 * Pad), RowHeight, "fill=\"#EFF6FF\"");
        svg.Text(Pad + 8, plan.CustomerTop + 22, "CUSTOMER", Label);
        svg.Text(Pad + 8, plan.CustomerTop + 35, "ACTIONS", Label);
        foreach (var slot in plan.Slots)
        {
            var touchpoint = slot.Touchpoint;
            var t = touchpoint.Source;
            var findings = (touchpoint.Pain is not null ? " · pain point" : string.Empty) + (touchpoint.Delight is not null ? " · moment of delight" : string.Empty);
            svg.OpenGroup("class=\"customer-action\"").Title($"Touchpoint {touchpoint.Number}: {t.Name} ({t.Id}) · channel {ChannelGlyphs.Label(t.Channel)} · owner {t.Owner ?? "not stated"}{findings}");
            Card(
                svg,
                slot.X,
                plan.CustomerTop + 9,
                $"{touchpoint.Number} · {ChannelGlyphs.Label(t.Channel)}",
                Name(t),
                touchpoint.Pain is not null ? $"fill=\"{Palette.Pain}\"" : touchpoint.Delight is not null ? $"fill=\"{Palette.Delight}\"" : "fill=\"#93C5FD\"");
        }
    }

    private static void DrawFrontLane(SvgCanvas svg, Plan plan, int index)
    {
        var lane = plan.Front[index];
        var top = plan.FrontTop + (index * RowHeight);
        svg.OpenGroup($"class=\"lane\" data-side=\"frontstage\" data-department=\"{MarkupText.EscapeAttribute(lane.Department ?? Unowned)}\"");
        svg.Rect(Pad, top, plan.Width - (2 * Pad), RowHeight, $"fill=\"{(index % 2 == 0 ? "#F8FAFC" : "#FFFFFF")}\" stroke=\"#E2E8F0\"");
        LaneLabel(svg, top, lane.Department is null ? "No owner stated" : Department(lane.Department), lane.Department is null ? "Touchpoints without an owner" : $"Department: {lane.Department}");
        foreach (var slot in lane.Slots)
        {
            var touchpoint = slot.Touchpoint;
            var t = touchpoint.Source;
            var score = touchpoint.Score is { } value ? " · score " + ReportText.Number(value, 0) : string.Empty;
            svg.OpenGroup("class=\"touchpoint\"").Title($"Touchpoint {touchpoint.Number}: {t.Name} ({t.Id}) · owner {t.Owner ?? "not stated"}{score}");
            Card(svg, slot.X, top + 9, $"{touchpoint.Number}{score}", Name(t), ScoreEdge(touchpoint.Score));
        }

        svg.CloseGroup();
    }

    private static void DrawVisibility(SvgCanvas svg, Plan plan)
    {
        var y = plan.VisibilityTop + (VisibilityHeight / 2);
        svg.OpenGroup("class=\"line-of-visibility\"").Title("Line of visibility: above it what the customer meets, below it the business processes behind it");
        svg.Line(Pad, y, plan.Width - Pad, y, $"stroke=\"{Palette.Ink}\" stroke-width=\"1.5\" stroke-dasharray=\"6 4\"");
        svg.Rect(Pad + 4, y - 9, 120, 18, "fill=\"#FFFFFF\"");
        svg.Text(Pad + 10, y + 4, "LINE OF VISIBILITY", "font-size=\"10\" font-weight=\"700\" letter-spacing=\"0.8\" fill=\"#475569\"");
        svg.CloseGroup();
    }

    private static void DrawBackLane(SvgCanvas svg, Plan plan, int index)
    {
        var lane = plan.Back[index];
        var top = plan.BackTop + (index * RowHeight);
        svg.OpenGroup($"class=\"lane\" data-side=\"backstage\" data-department=\"{MarkupText.EscapeAttribute(lane.Department ?? Unowned)}\"");
        svg.Rect(Pad, top, plan.Width - (2 * Pad), RowHeight, $"fill=\"{(index % 2 == 0 ? "#F5F3FF" : "#FAF9FF")}\" stroke=\"#E9E5F5\"");
        LaneLabel(svg, top, lane.Department is null ? "No department stated" : Department(lane.Department), lane.Department is null ? "Business processes without a department" : $"Backstage department: {lane.Department}");
        foreach (var slot in lane.Slots)
        {
            var process = slot.Process!;
            svg.OpenGroup("class=\"process\"").Title($"Business process of touchpoint {slot.Touchpoint.Number}: {process.Name} ({process.Id}) · department {process.Department ?? "not stated"}");
            Card(svg, slot.X, top + 9, $"{slot.Touchpoint.Number} · process", process.Name.Length > 0 ? process.Name : process.Id, "fill=\"#8B5CF6\"");
        }

        svg.CloseGroup();
    }

    private static void DrawColumnEdges(SvgCanvas svg, Plan plan)
    {
        // The stage columns' edges run down through every lane, over the lanes' backgrounds (in the gap between cards).
        foreach (var (x, _) in plan.StageSpans.Skip(1))
        {
            svg.Line(x, plan.BandTop + BandHeight, x, plan.LanesBottom, $"stroke=\"{Palette.Rule}\" stroke-width=\"1.5\" class=\"stage-edge\"");
        }
    }

    private static void DrawConnectors(SvgCanvas svg, Plan plan)
    {
        // A faint line down each slot ties the customer's action to its owner's card, and that card to its process:
        // drawn between the cards, never across one.
        const string Style = "stroke=\"#94A3B8\" stroke-width=\"1\" stroke-dasharray=\"2 3\" class=\"connector\"";
        foreach (var slot in plan.Slots)
        {
            var x = slot.X + (CardWidth / 2);
            svg.Line(x, plan.CustomerTop + 9 + CardHeight, x, slot.LaneTop + 9, Style);
            if (slot.ProcessTop is { } process)
            {
                svg.Line(x, slot.LaneTop + 9 + CardHeight, x, process + 9, Style);
            }
        }
    }

    private static void DrawHandoffs(SvgCanvas svg, Plan plan)
    {
        for (var h = 0; h < plan.Handoffs.Count; h++)
        {
            var (from, to) = plan.Handoffs[h];
            var y1 = from.LaneTop + 9 + (CardHeight / 2);
            var y2 = to.LaneTop + 9 + (CardHeight / 2);
            var x1 = from.X + CardWidth;
            var x2 = to.X - 1;
            var mid = x1 + ((x2 - x1) / 2) - 4;
            var f = from.Touchpoint.Source;
            var t = to.Touchpoint.Source;
            svg.OpenGroup("class=\"handoff\"").Title($"Handoff {h + 1}: {f.Owner} → {t.Owner}, from {f.Name} ({f.Id}) to {t.Name} ({t.Id})");
            svg.PathOf("stroke=\"#FFFFFF\" stroke-width=\"5\" fill=\"none\"", $"M{x1} {y1} H{mid} V{y2} H{x2}");
            svg.PathOf($"stroke=\"{HandoffColour}\" stroke-width=\"2\" fill=\"none\" marker-end=\"url(#jk-bp-arrow)\"", $"M{x1} {y1} H{mid} V{y2} H{x2}");
            svg.CloseGroup();
        }
    }

    private static void DrawFooter(SvgCanvas svg, JourneyView view, Plan plan)
    {
        var y = plan.FooterTop + 18;
        var handoffs = plan.Handoffs.Count == 1 ? "1 handoff" : string.Create(CultureInfo.InvariantCulture, $"{plan.Handoffs.Count} handoffs");
        var text = $"{handoffs}: consecutive touchpoints whose stated owners differ (the value stream's handoffs).";
        if (plan.UnusedProcesses.Count > 0)
        {
            text += " Business processes no drawn touchpoint names: " + string.Join(", ", plan.UnusedProcesses.Select(p => $"{(p.Name.Length > 0 ? p.Name : p.Id)} ({p.Department ?? "no department"})")) + ".";
        }

        if (plan.Back.Count == 0)
        {
            text += " No drawn touchpoint names a business process (processId), so there is no backstage lane.";
        }

        var lines = TextFit.Wrap(text, plan.Width - (2 * Pad), 12, 3);
        svg.OpenGroup("class=\"blueprint-notes\"").Title(text);
        for (var i = 0; i < lines.Count; i++)
        {
            svg.Text(Pad, y + (i * 16), lines[i], $"font-size=\"12\" fill=\"{Palette.Muted}\"");
        }

        svg.CloseGroup();
        _ = view;
    }

    private static void LaneLabel(SvgCanvas svg, double top, string label, string title)
    {
        svg.OpenGroup("class=\"lane-label\"").Title(title);
        var lines = TextFit.Wrap(label, Gutter - 24, 12.5, 3, bold: true);
        var y = top + ((RowHeight - (lines.Count * 16)) / 2) + 12;
        for (var i = 0; i < lines.Count; i++)
        {
            svg.Text(Pad + 10, y + (i * 16), lines[i], "font-size=\"12.5\" font-weight=\"700\" fill=\"#334155\"");
        }

        svg.CloseGroup();
    }

    /// <summary>
    /// Draws a card (white box, coloured edge, caption, name on up to three lines) inside the group the caller opened
    /// with its class and title (composed straight into the output), and closes that group.
    /// </summary>
    private static void Card(SvgCanvas svg, double x, double y, string caption, string name, string edgeFill)
    {
        svg.Rect(x, y, CardWidth, CardHeight, $"class=\"box\" fill=\"#FFFFFF\" stroke=\"{Palette.Rule}\"", 6);
        svg.Rect(x, y + 6, 4, CardHeight - 12, edgeFill, 2);
        svg.Text(x + 12, y + 16, TextFit.Truncate(caption, CardWidth - 18, 10.5), $"font-size=\"10.5\" fill=\"{Palette.Muted}\"");
        var lines = TextFit.Wrap(name, CardWidth - 18, NameSize, 3);
        for (var i = 0; i < lines.Count; i++)
        {
            svg.Text(x + 12, y + 33 + (i * LineHeight), lines[i], NameFont);
        }

        svg.CloseGroup();
    }

    private static readonly string NameFont = $"font-size=\"{SvgCanvas.Num(NameSize)}\"";

    /// <summary>The <c>fill</c> of a lane card's edge: its score's colour (one string per colour, not one per card).</summary>
    private static string ScoreEdge(double? score) => Palette.ScoreColour(score) switch
    {
        Palette.Muted => $"fill=\"{Palette.Muted}\"",
        Palette.Pain => $"fill=\"{Palette.Pain}\"",
        Palette.Delight => $"fill=\"{Palette.Delight}\"",
        "#D97706" => "fill=\"#D97706\"",
        var colour => "fill=\"" + colour + "\"",
    };

    private static string Name(Touchpoint t) => t.Name.Length > 0 ? t.Name : t.Id;

    private static string Department(string department) => department.Length > 0 ? department : "(unnamed department)";

    /// <summary>A touchpoint's place: its slot's left edge, the top of its owner's lane and of its process's lane.</summary>
    internal sealed record Slot(TouchpointView Touchpoint, double X, double LaneTop, double? ProcessTop, BusinessProcess? Process);

    /// <summary>A lane: its department (null for the unowned lane) and the slots of its cards.</summary>
    internal sealed record Lane(string? Department, List<Slot> Slots);

    /// <summary>Where everything goes.</summary>
    internal sealed class Plan
    {
        public double Width { get; private init; }

        public double Height { get; private init; }

        public double HeaderTop { get; private init; }

        public double BandTop { get; private init; }

        public double CustomerTop { get; private init; }

        public double FrontTop { get; private init; }

        public double VisibilityTop { get; private init; }

        public double BackTop { get; private init; }

        public double LanesBottom { get; private init; }

        public double FooterTop { get; private init; }

        public List<(double X, double Width)> StageSpans { get; } = [];

        public List<Slot> Slots { get; } = [];

        public List<Lane> Front { get; } = [];

        public List<Lane> Back { get; } = [];

        public List<(Slot From, Slot To)> Handoffs { get; } = [];

        public List<BusinessProcess> UnusedProcesses { get; } = [];

        public static Plan Of(JourneyView view, bool standalone)
        {
            var touchpoints = view.Touchpoints.ToList();
            var processes = new Dictionary<string, BusinessProcess>(StringComparer.Ordinal);
            foreach (var process in view.Map.Processes)
            {
                processes.TryAdd(process.Id, process);
            }

            // Lanes in order of first appearance; the unowned (and the department-less) lane last.
            var owners = Ordered(touchpoints.Select(t => t.Source.Owner));
            var processOf = touchpoints.Select(t => t.Source.ProcessId is { } id
                ? processes.GetValueOrDefault(id) ?? new BusinessProcess { Id = id, Name = id }
                : null).ToList();
            var departments = Ordered(processOf.Where(p => p is not null).Select(p => p!.Department));

            var headerTop = standalone ? Pad + 36 : Pad;
            var bandTop = headerTop + 32;
            var customerTop = bandTop + BandHeight;
            var frontTop = customerTop + RowHeight;
            var visibilityTop = frontTop + (owners.Count * RowHeight);
            var backTop = visibilityTop + VisibilityHeight;
            var lanesBottom = backTop + (departments.Count * RowHeight);
            var slotCount = view.Stages.Sum(s => Math.Max(1, s.Touchpoints.Count));
            var plan = new Plan
            {
                Width = Math.Max(MinWidth, (2 * Pad) + Gutter + (slotCount * SlotWidth)),
                HeaderTop = headerTop,
                BandTop = bandTop,
                CustomerTop = customerTop,
                FrontTop = frontTop,
                VisibilityTop = visibilityTop,
                BackTop = backTop,
                LanesBottom = lanesBottom,
                FooterTop = lanesBottom + 8,
                Height = lanesBottom + 8 + 60 + Pad,
            };
            plan.Front.AddRange(owners.Select(o => new Lane(o, [])));
            plan.Back.AddRange(departments.Select(d => new Lane(d, [])));

            var x = Pad + Gutter;
            var index = 0;
            foreach (var stage in view.Stages)
            {
                var slots = Math.Max(1, stage.Touchpoints.Count);
                plan.StageSpans.Add((x, slots * SlotWidth));
                for (var i = 0; i < stage.Touchpoints.Count; i++, index++)
                {
                    var touchpoint = stage.Touchpoints[i];
                    var lane = owners.IndexOf(touchpoint.Source.Owner);
                    var process = processOf[index];
                    var backLane = process is null ? -1 : departments.IndexOf(process.Department);
                    var slot = new Slot(
                        touchpoint,
                        x + (i * SlotWidth) + 14,
                        frontTop + (lane * RowHeight),
                        process is null ? null : backTop + (backLane * RowHeight),
                        process);
                    plan.Slots.Add(slot);
                    plan.Front[lane].Slots.Add(slot);
                    if (process is not null)
                    {
                        plan.Back[backLane].Slots.Add(slot);
                    }
                }

                x += slots * SlotWidth;
            }

            // Handoffs exactly as the value stream counts them: neighbours whose stated owners differ.
            for (var i = 1; i < plan.Slots.Count; i++)
            {
                var previous = plan.Slots[i - 1].Touchpoint.Source.Owner;
                var current = plan.Slots[i].Touchpoint.Source.Owner;
                if (previous is not null && current is not null && !string.Equals(previous, current, StringComparison.Ordinal))
                {
                    plan.Handoffs.Add((plan.Slots[i - 1], plan.Slots[i]));
                }
            }

            var used = new HashSet<string>(touchpoints.Select(t => t.Source.ProcessId).OfType<string>(), StringComparer.Ordinal);
            plan.UnusedProcesses.AddRange(view.Map.Processes.Where(p => !used.Contains(p.Id)));
            return plan;
        }

        private static List<string?> Ordered(IEnumerable<string?> names)
        {
            var list = new List<string?>();
            var none = false;
            foreach (var name in names)
            {
                if (name is null)
                {
                    none = true;
                }
                else if (!list.Contains(name))
                {
                    list.Add(name);
                }
            }

            if (none)
            {
                list.Add(null);
            }

            return list;
        }
    }
}
