using JourneyKit.Analytics;

namespace JourneyKit.Cli;

/// <summary>
/// The <c>--columns customerId=cid,touchpointId=tp,timestamp=ts</c> option of <c>sql</c> and
/// <c>analyze --connection</c>: which column of the event table holds what. Keys are matched
/// ignoring case, as the CSV header is; a key left out keeps its default name; column names cannot
/// contain <c>,</c> or <c>=</c>.
/// </summary>
internal static class EventColumnsOption
{
    public const string Description = "The event table's column names, as customerId=NAME,touchpointId=NAME,timestamp=NAME (any of the three; the others keep these default names). Names are used as given and quoted; they cannot contain ',' or '='.";

    private static readonly string[] Keys = ["customerId", "touchpointId", "timestamp"];

    /// <exception cref="CliException">Exit 2, one sentence, for a malformed value.</exception>
    public static EventColumns Parse(string? value)
    {
        var columns = new EventColumns();
        if (value is null)
        {
            return columns;
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var pair in value.Split(','))
        {
            var equals = pair.IndexOf('=', StringComparison.Ordinal);
            if (equals < 0 || pair.IndexOf('=', equals + 1) >= 0)
            {
                throw Bad($"'{pair}' is not KEY=NAME");
            }

            var key = Keys.FirstOrDefault(k => string.Equals(k, pair[..equals].Trim(), StringComparison.OrdinalIgnoreCase))
                ?? throw Bad($"'{pair[..equals]}' is not a column key");
            var name = pair[(equals + 1)..];
            if (name.Length == 0)
            {
                throw Bad($"the column name for {key} is empty");
            }

            if (!seen.Add(key))
            {
                throw Bad($"{key} is given twice");
            }

            columns = key switch
            {
                "customerId" => columns with { CustomerId = name },
                "touchpointId" => columns with { TouchpointId = name },
                _ => columns with { Timestamp = name },
            };
        }

        return columns;
    }

    private static CliException Bad(string problem) =>
        new(ExitCodes.Unreadable, $"journeykit: --columns: {problem}; give customerId=NAME,touchpointId=NAME,timestamp=NAME (any of the three, each once; names cannot contain ',' or '=').");
}
