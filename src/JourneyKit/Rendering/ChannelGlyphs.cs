using JourneyKit.Model;

namespace JourneyKit.Rendering;

/// <summary>The channel icons of the SVG map (16×16 line drawings) and the channels' display names.</summary>
internal static class ChannelGlyphs
{
    /// <summary>The channel's name as people write it: "Mobile app", "Word of mouth".</summary>
    public static string Label(Channel channel) => channel switch
    {
        Channel.Web => "Web",
        Channel.MobileApp => "Mobile app",
        Channel.Email => "Email",
        Channel.Chat => "Chat",
        Channel.Phone => "Phone",
        Channel.InPerson => "In person",
        Channel.Social => "Social",
        Channel.Reviews => "Reviews",
        Channel.Advertising => "Advertising",
        Channel.WordOfMouth => "Word of mouth",
        Channel.Mail => "Mail",
        _ => "Other",
    };

    /// <summary>The id of the channel's symbol in the map's defs.</summary>
    public static string SymbolId(Channel channel) => "jk-ch-" + channel.ToString().ToLowerInvariant();

    /// <summary>The <c>&lt;symbol&gt;</c> definitions of every channel icon.</summary>
    public static string Definitions { get; } = BuildDefinitions();

    private static string BuildDefinitions()
    {
        const string Stroke = "fill=\"none\" stroke=\"currentColor\" stroke-width=\"1.4\" stroke-linecap=\"round\" stroke-linejoin=\"round\"";
        var shapes = new Dictionary<Channel, string>
        {
            [Channel.Web] = "<circle cx=\"8\" cy=\"8\" r=\"6.5\"/><ellipse cx=\"8\" cy=\"8\" rx=\"2.8\" ry=\"6.5\"/><path d=\"M1.5 8h13M2.6 4.6h10.8M2.6 11.4h10.8\"/>",
            [Channel.MobileApp] = "<rect x=\"4\" y=\"1.5\" width=\"8\" height=\"13\" rx=\"1.6\"/><path d=\"M7 12.3h2\"/>",
            [Channel.Email] = "<rect x=\"1.5\" y=\"3.5\" width=\"13\" height=\"9\" rx=\"1.2\"/><path d=\"M1.8 4.2 8 9l6.2-4.8\"/>",
            [Channel.Chat] = "<path d=\"M2 3h12v8H7.2L4 13.8V11H2z\"/><path d=\"M5 7h.01M8 7h.01M11 7h.01\" stroke-width=\"2\"/>",
            [Channel.Phone] = "<path d=\"M4.3 1.8 6.6 2.4l.9 3-1.6 1.2a8 8 0 0 0 3.5 3.5l1.2-1.6 3 .9.6 2.3c-.2 1.2-1.3 2-2.5 1.9C6.4 13.2 2.8 9.6 2.4 4.3c-.1-1.2.7-2.3 1.9-2.5z\"/>",
            [Channel.InPerson] = "<circle cx=\"8\" cy=\"4.8\" r=\"2.8\"/><path d=\"M2.8 14.5c0-3 2.3-5.2 5.2-5.2s5.2 2.2 5.2 5.2\"/>",
            [Channel.Social] = "<circle cx=\"4\" cy=\"8\" r=\"2\"/><circle cx=\"12\" cy=\"3.8\" r=\"2\"/><circle cx=\"12\" cy=\"12.2\" r=\"2\"/><path d=\"M5.8 7 10.2 4.8M5.8 9l4.4 2.2\"/>",
            [Channel.Reviews] = "<path d=\"M8 1.8l1.9 4 4.3.5-3.2 3 .9 4.3L8 11.4l-3.9 2.2.9-4.3-3.2-3 4.3-.5z\"/>",
            [Channel.Advertising] = "<path d=\"M2 6h3l6.5-3.5v11L5 10H2z\"/><path d=\"M5 10l1.3 4h1.8L7.2 10.6M13 6.2v3.6\"/>",
            [Channel.WordOfMouth] = "<path d=\"M1.5 2.5h8v5.2H5.3L3 9.8V7.7H1.5z\"/><path d=\"M11.5 6h3v5.5H13v2l-2.3-2H7.5V9.8\"/>",
            [Channel.Mail] = "<rect x=\"1.5\" y=\"3.5\" width=\"13\" height=\"9\" rx=\"1\"/><rect x=\"10.3\" y=\"5.2\" width=\"2.6\" height=\"3\"/><path d=\"M3.5 8.5h4.5M3.5 10.5h6\"/>",
            [Channel.Other] = "<circle cx=\"8\" cy=\"8\" r=\"6.5\"/><path d=\"M5 8h.01M8 8h.01M11 8h.01\" stroke-width=\"2\"/>",
        };
        var builder = new System.Text.StringBuilder();
        foreach (var (channel, shape) in shapes)
        {
            builder.Append("<symbol id=\"").Append(SymbolId(channel)).Append("\" viewBox=\"0 0 16 16\"><g ").Append(Stroke).Append('>')
                .Append(shape).Append("</g></symbol>");
        }

        return builder.ToString();
    }
}
