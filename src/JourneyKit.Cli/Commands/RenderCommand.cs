using System.CommandLine;
using JourneyKit.Rendering;

namespace JourneyKit.Cli.Commands;

/// <summary><c>journeykit render &lt;map.json&gt; --format mermaid|svg|html|markdown [--persona ID] [-o FILE]</c>: draws a map.</summary>
internal static class RenderCommand
{
    public static Command Create(CliContext context)
    {
        var map = new Argument<string>("map") { Description = "The journey map JSON file to draw." };
        var format = new Option<string>("--format")
        {
            Description = "What to write: mermaid (journey diagram text), svg (journey map picture), html (self-contained report), markdown (report with the Mermaid diagram).",
            Required = true,
        };
        format.AcceptOnlyFromAmong("mermaid", "svg", "html", "markdown");
        var viewOption = new Option<string>("--view")
        {
            Description = "Which picture: map (the journey map, the default) or blueprint (the service blueprint: department lanes and handoff arrows; svg and html only).",
            DefaultValueFactory = _ => "map",
        };
        viewOption.AcceptOnlyFromAmong("map", "blueprint");
        var persona = new Option<string?>("--persona") { Description = "Draw the journey of this persona only (its id in the map)." };
        var output = new Option<string?>("--output", "-o") { Description = "Write to this file (whole or not at all) instead of standard output." };
        var command = new Command("render", "Draw a journey map: a Mermaid journey diagram, an SVG journey map with emotion curves, a self-contained HTML report or a Markdown report.")
        {
            map,
            format,
            viewOption,
            persona,
            output,
        };
        command.SetAction(parse =>
        {
            var path = parse.GetValue(map)!;
            var view = parse.GetValue(viewOption) == "blueprint" ? RenderView.Blueprint : RenderView.Map;
            var formatName = parse.GetValue(format)!;
            if (view == RenderView.Blueprint && formatName is "mermaid" or "markdown")
            {
                throw new CliException(ExitCodes.Unreadable, $"render: --view blueprint is drawn as svg or html only; --format {formatName} has no lanes (use --format svg or html, or --view map).");
            }

            var journey = MapFile.Load(path, context.Error);
            var renderFormat = parse.GetValue(format) switch
            {
                "mermaid" => RenderFormat.Mermaid,
                "svg" => RenderFormat.Svg,
                "html" => RenderFormat.Html,
                _ => RenderFormat.Markdown,
            };
            IJourneyRenderer renderer = new JourneyRenderer(new MapScoring((path, journey)));
            var options = new RenderOptions { PersonaId = parse.GetValue(persona), View = view };
            try
            {
                // Written as it is drawn: an unknown persona or an invalid map is found before the first character.
                if (parse.GetValue(output) is { } file)
                {
                    AtomicFile.Write(file, writer => renderer.Render(journey, renderFormat, writer, options));
                }
                else
                {
                    renderer.Render(journey, renderFormat, context.Out, options);
                }
            }
            catch (UnknownPersonaException e)
            {
                throw CliErrors.UnknownPersona(path, e);
            }

            return ExitCodes.Success;
        });
        return command;
    }
}
