namespace JourneyKit.Csv;

/// <summary>
/// The CSV input cannot be read at all: it is empty, or its header lacks one of the columns
/// <c>customerId</c>, <c>touchpointId</c> and <c>timestamp</c>. (A bad data line is not an exception: it is counted.)
/// </summary>
public sealed class JourneyCsvException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="message">One sentence: what is wrong and what is expected.</param>
    public JourneyCsvException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception.</summary>
    public JourneyCsvException()
        : this("The CSV input cannot be read.")
    {
    }

    /// <summary>Creates the exception.</summary>
    /// <param name="message">One sentence: what is wrong and what is expected.</param>
    /// <param name="innerException">The cause.</param>
    public JourneyCsvException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
