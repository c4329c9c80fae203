namespace JourneyKit.Validation;

/// <summary>
/// The stable codes of <see cref="ValidationIssue.Code"/>: match on these rather than on messages,
/// which may be reworded. docs/validation.md lists every rule with its code.
/// </summary>
public static class ValidationCodes
{
    /// <summary>Error: a required value is missing, <see langword="null"/>, empty or only white space.</summary>
    public const string Required = "required";

    /// <summary>Error: a number is outside its allowed range (an emotion of 9, a negative weight, a negative count).</summary>
    public const string Range = "range";

    /// <summary>Error: a number is NaN or infinite (possible in a map built in code, never in JSON).</summary>
    public const string NotFinite = "notFinite";

    /// <summary>Error: a text is longer than <see cref="JourneyValidatorOptions"/> allow.</summary>
    public const string Length = "length";

    /// <summary>Error: an id holds a character ids may not hold (white space, control characters, punctuation other than <c>. _ : -</c>).</summary>
    public const string IdFormat = "idFormat";

    /// <summary>Error: two items of a collection share an id.</summary>
    public const string DuplicateId = "duplicateId";

    /// <summary>Error: a reference names an id that does not exist where it must point.</summary>
    public const string DanglingReference = "danglingReference";

    /// <summary>Error: a KPI names a calculator that is not registered.</summary>
    public const string UnknownCalculator = "unknownCalculator";

    /// <summary>Error: an array of survey counts has the wrong number of elements.</summary>
    public const string ArrayLength = "arrayLength";

    /// <summary>Error: two fields that exclude each other are both given (an outcome's <c>importance</c> and <c>importanceResponses</c>).</summary>
    public const string Conflict = "conflict";

    /// <summary>Error: <c>schemaVersion</c> is not a version this library understands.</summary>
    public const string UnsupportedVersion = "unsupportedVersion";

    /// <summary>Error: a play's condition names a target although its metric (<c>journeyScore</c>) takes none.</summary>
    public const string TargetNotAllowed = "targetNotAllowed";

    /// <summary>Warning: a property the format does not define; it is kept on save but otherwise ignored.</summary>
    public const string UnknownProperty = "unknownProperty";

    /// <summary>Warning: a persona that no touchpoint reaches.</summary>
    public const string UnreachedPersona = "unreachedPersona";

    /// <summary>Warning: a stage without touchpoints.</summary>
    public const string EmptyStage = "emptyStage";

    /// <summary>Warning: an open opportunity without all four RICE inputs; it stays out of the backlog.</summary>
    public const string IncompleteRice = "incompleteRice";

    /// <summary>Warning: a future-state map that does not name the current map it improves (<c>baseMapId</c>).</summary>
    public const string MissingBaseMap = "missingBaseMap";

    /// <summary>Warning: a <c>baseMapId</c> on a map whose state is not <c>future</c>.</summary>
    public const string BaseMapIgnored = "baseMapIgnored";

    /// <summary>Warning: every persona weighs 0, so the weighted journey score falls back to the stage mean.</summary>
    public const string ZeroWeights = "zeroWeights";
}
