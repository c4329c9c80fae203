namespace JourneyKit.Measures;

/// <summary>Turns an argument exception into the sentence a person reads, without the framework's suffixes.</summary>
internal static class ErrorText
{
    /// <summary>The message without "(Parameter 'x')" and "Actual value was y.", which mean nothing to someone editing a map.</summary>
    public static string Of(ArgumentException e)
    {
        var message = e.Message;
        var newline = message.IndexOf('\n', StringComparison.Ordinal);
        if (newline >= 0)
        {
            message = message[..newline]; // ArgumentOutOfRangeException puts "Actual value was …" on a line of its own
        }

        if (e.ParamName is { } name)
        {
            var suffix = $" (Parameter '{name}')";
            if (message.EndsWith(suffix, StringComparison.Ordinal))
            {
                message = message[..^suffix.Length];
            }
        }

        return message.TrimEnd();
    }
}
