namespace JourneyKit.Rendering;

/// <summary>
/// Thrown when <see cref="RenderOptions.PersonaId"/> names no persona of the map being rendered. The
/// message is one sentence naming the id and the persona ids the map has, e.g.
/// <c>Persona 'nobody' is not in map 'online-retail'; known persona ids: busy-parent, bargain-hunter.</c>;
/// <see cref="PersonaId"/> and <see cref="KnownPersonaIds"/> carry the same facts for callers that
/// word their own message (the command line does).
/// </summary>
public sealed class UnknownPersonaException : ArgumentException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="message">One sentence naming the id and the known ones.</param>
    /// <param name="paramName">The argument that held the id.</param>
    /// <param name="personaId">The id that names no persona.</param>
    /// <param name="knownPersonaIds">The persona ids of the map, in map order.</param>
    /// <exception cref="ArgumentNullException">Thrown when <paramref name="personaId"/> or <paramref name="knownPersonaIds"/> is <see langword="null"/>.</exception>
    public UnknownPersonaException(string message, string? paramName, string personaId, IReadOnlyList<string> knownPersonaIds)
        : base(message, paramName)
    {
        ArgumentNullException.ThrowIfNull(personaId);
        ArgumentNullException.ThrowIfNull(knownPersonaIds);
        PersonaId = personaId;
        KnownPersonaIds = knownPersonaIds;
    }

    /// <summary>The id that names no persona of the map.</summary>
    public string PersonaId { get; }

    /// <summary>The persona ids of the map, in map order; empty when the map has no personas.</summary>
    public IReadOnlyList<string> KnownPersonaIds { get; }
}
