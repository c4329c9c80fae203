namespace JourneyKit.Model;

/// <summary>
/// The one table of what the JSON format v1 says about each type and property beyond their CLR
/// types: descriptions, required properties, ranges, rating scales (and so list lengths) and
/// defaults. The JSON Schema (<c>JourneySchema</c> in the serialization namespace), the reader's error messages and
/// the validators' checks and messages are all built from it; tests check that every description
/// equals the summary in the model's XML documentation, that every property of the format has an
/// entry, that the validators accept exactly the ranges given here and that docs/format.md states
/// the same ranges, defaults and enum names.
/// </summary>
internal static class FormatFacts
{
    private static readonly FieldFacts Id = new("") { Required = true };

    /// <summary>
    /// The most answers one list of answer counts may hold in total (a touchpoint's <c>nps</c>,
    /// <c>csat</c> or <c>ces</c>, an outcome's <c>importanceResponses</c> or
    /// <c>satisfactionResponses</c>): 2^53, the largest count up to which a double represents every
    /// whole number exactly, so that every share, mean and interval computed from the counts is exact
    /// and no sum of them overflows.
    /// </summary>
    public const long MaxAnswers = 1L << 53;

    /// <summary>
    /// The largest magnitude of a quantity of the format that the scorer adds up or multiplies:
    /// minutes, a persona's weight, an opportunity's reach, impact and effort, a KPI's baseline,
    /// target and measured values: 10^15. Sums over every touchpoint or measurement a 16 MiB map can
    /// hold and products such as RICE (reach × impact × confidence ÷ effort, at most 10^33) stay far
    /// from the largest double, and every whole number up to it is exact.
    /// </summary>
    public const double MaxMagnitude = 1e15;

    /// <summary>
    /// The smallest effort an opportunity may take: 0.001, so that RICE (divided by the effort)
    /// stays finite; any unit of effort in use (person-months, days, hours) is far above it.
    /// </summary>
    public const double MinEffort = 0.001;

    public static IReadOnlyDictionary<Type, string> TypeDescriptions { get; } = new Dictionary<Type, string>
    {
        [typeof(JourneyMap)] = "A customer journey map: who the customers are (personas), the ordered stages they pass through with their touchpoints, the outcomes they value, the processes and KPIs behind them, and what the business plans to do about it.",
        [typeof(Persona)] = "A customer segment worth designing for.",
        [typeof(Stage)] = "A stage of the journey and the touchpoints in it, in journey order.",
        [typeof(Touchpoint)] = "A point of contact between the customer and the company.",
        [typeof(SurveyResponses)] = "Survey answers as counts per rating: exact, compact and mergeable.",
        [typeof(Outcome)] = "An outcome customers value, with its importance and satisfaction on the 0..10 scale of Outcome-Driven Innovation, given either as numbers or as counts of 1..5 ratings.",
        [typeof(BusinessProcess)] = "A business process that delivers touchpoints and outcomes.",
        [typeof(Kpi)] = "A key performance indicator with its target, baseline and history.",
        [typeof(KpiScope)] = "Narrows a KPI to a stage, a touchpoint or a persona.",
        [typeof(Measurement)] = "One measured value of a KPI.",
        [typeof(Opportunity)] = "An improvement opportunity with its RICE inputs (reach, impact, confidence, effort).",
        [typeof(Competitor)] = "A competitor and its experience score (0..100) per stage of this map.",
        [typeof(Playbook)] = "A named set of prescriptive rules.",
        [typeof(Play)] = "A rule: when a measure crosses a line at a place in the journey, who does what.",
        [typeof(PlayCondition)] = "The condition of a play: metric(targetId) op value.",
    };

    /// <summary>How the messages name a value of each type: "a measurement needs …".</summary>
    public static IReadOnlyDictionary<Type, string> Nouns { get; } = new Dictionary<Type, string>
    {
        [typeof(JourneyMap)] = "a journey map",
        [typeof(Persona)] = "a persona",
        [typeof(Stage)] = "a stage",
        [typeof(Touchpoint)] = "a touchpoint",
        [typeof(SurveyResponses)] = "a touchpoint's responses",
        [typeof(Outcome)] = "an outcome",
        [typeof(BusinessProcess)] = "a process",
        [typeof(Kpi)] = "a KPI",
        [typeof(KpiScope)] = "a KPI's scope",
        [typeof(Measurement)] = "a measurement",
        [typeof(Opportunity)] = "an opportunity",
        [typeof(Competitor)] = "a competitor",
        [typeof(Playbook)] = "a playbook",
        [typeof(Play)] = "a play",
        [typeof(PlayCondition)] = "a play's condition",
    };

    /// <summary>The facts of every property of the format, by declaring type and JSON name, in the format's order.</summary>
    public static IReadOnlyDictionary<Type, IReadOnlyDictionary<string, FieldFacts>> Fields { get; } = new Dictionary<Type, IReadOnlyDictionary<string, FieldFacts>>
    {
        [typeof(JourneyMap)] = Table(
            ("schemaVersion", new("The version of the JSON format the map is written in.") { Required = true, Pattern = @"^1\.[0-9]+$" }),
            ("id", Id with { Description = "The map's identifier." }),
            ("name", Id with { Description = "The map's display name." }),
            ("description", new("An optional description.")),
            ("state", new("Whether the map describes the current journey or a planned one.") { DefaultJson = "\"current\"" }),
            ("baseMapId", new("For a future-state map, the id of the current-state map it improves.")),
            ("personas", new("The customer segments the map is drawn for.")),
            ("stages", new("The ordered stages of the journey.") { Required = true }),
            ("outcomes", new("The outcomes customers value.")),
            ("processes", new("The business processes that deliver the touchpoints and outcomes.")),
            ("kpis", new("The key performance indicators measured along the journey.")),
            ("opportunities", new("Improvement opportunities, prioritised with RICE.")),
            ("competitors", new("Competitors and their scores per stage.")),
            ("playbooks", new("Prescriptive rules that fire on the scored map."))),
        [typeof(Persona)] = Table(
            ("id", Id with { Description = "The persona's identifier, unique among personas." }),
            ("name", Id with { Description = "The persona's display name." }),
            ("segment", new("The segment the persona stands for.")),
            ("weight", new("The share of the customer base or value the persona stands for; at least 0.") { Range = NumberRange.Amount, DefaultJson = "1" }),
            ("description", new("An optional description.")),
            ("goals", new("What the persona wants to achieve.")),
            ("behaviors", new("How the persona behaves.")),
            ("values", new("The values the persona holds, in the customer's own words.")),
            ("adoption", new("How readily the persona accepts new ideas.")),
            ("preferredChannels", new("The channels the persona prefers."))),
        [typeof(Stage)] = Table(
            ("id", Id with { Description = "The stage's identifier, unique among stages." }),
            ("name", Id with { Description = "The stage's display name." }),
            ("kind", new("The classic stage this one corresponds to.") { DefaultJson = "\"custom\"" }),
            ("desiredOutcome", new("What the customer should have achieved when the stage ends.")),
            ("touchpoints", new("The touchpoints of the stage, in journey order."))),
        [typeof(Touchpoint)] = Table(
            ("id", Id with { Description = "The touchpoint's identifier, unique across the whole map." }),
            ("name", Id with { Description = "The touchpoint's display name." }),
            ("channel", new("The medium of the contact.") { DefaultJson = "\"other\"" }),
            ("initiator", new("Who started the contact, when known.")),
            ("owner", new("The department that owns the touchpoint.")),
            ("processId", new("The id of the business process behind the touchpoint.")),
            ("personaIds", new("The personas who meet the touchpoint; empty means every persona.")),
            ("emotion", new("The emotion felt at the touchpoint, -3 (very negative) to +3 (very positive), for every persona.") { Range = NumberRange.Emotion }),
            ("emotionsByPersona", new("Emotions per persona id that override emotion.") { Range = NumberRange.Emotion }),
            ("enablers", new("What makes the touchpoint work.")),
            ("barriers", new("What gets in the customer's way.")),
            ("processMinutes", new("Time spent working on the customer's request, in minutes.") { Range = NumberRange.Amount }),
            ("waitMinutes", new("Time the customer waits, in minutes.") { Range = NumberRange.Amount }),
            ("valueAdding", new("Whether the step adds value in the customer's eyes; null when unclassified.")),
            ("completeAccurate", new("The share of work arriving complete and accurate, 0 to 1.") { Range = NumberRange.Share }),
            ("responses", new("Survey answer counts collected at the touchpoint."))),
        [typeof(SurveyResponses)] = Table(
            ("nps", new("Counts of the Net Promoter ratings 0..10: exactly 11 non-negative numbers.") { Range = NumberRange.NonNegative, Ratings = RatingScale.Nps }),
            ("csat", new("Counts of the satisfaction ratings 1..5: exactly 5 non-negative numbers.") { Range = NumberRange.NonNegative, Ratings = RatingScale.FivePoint }),
            ("ces", new("Counts of the effort ratings 1..7 (1 = very easy, 7 = very hard): exactly 7 non-negative numbers.") { Range = NumberRange.NonNegative, Ratings = RatingScale.Ces })),
        [typeof(Outcome)] = Table(
            ("id", Id with { Description = "The outcome's identifier, unique among outcomes." }),
            ("statement", Id with { Description = "The outcome statement, e.g. \"Minimize the time it takes to find the right size\"." }),
            ("kind", new("Whether the outcome is progress or a bad outcome avoided.") { DefaultJson = "\"positive\"" }),
            ("stageId", new("The stage the outcome belongs to.")),
            ("personaId", new("The persona the outcome matters to; null for every persona.")),
            ("importance", new("How important the outcome is, 0..10.") { Range = NumberRange.OutcomeScale }),
            ("satisfaction", new("How satisfied customers are with it today, 0..10.") { Range = NumberRange.OutcomeScale }),
            ("importanceResponses", new("Counts of importance ratings 1..5; importance = top-2-box share × 10.") { Range = NumberRange.NonNegative, Ratings = RatingScale.FivePoint }),
            ("satisfactionResponses", new("Counts of satisfaction ratings 1..5; satisfaction = top-2-box share × 10.") { Range = NumberRange.NonNegative, Ratings = RatingScale.FivePoint }),
            ("processIds", new("The business processes that deliver the outcome."))),
        [typeof(BusinessProcess)] = Table(
            ("id", Id with { Description = "The process's identifier, unique among processes." }),
            ("name", Id with { Description = "The process's display name." }),
            ("department", new("The department that runs the process."))),
        [typeof(Kpi)] = Table(
            ("id", Id with { Description = "The KPI's identifier, unique among KPIs." }),
            ("name", Id with { Description = "The KPI's display name." }),
            ("category", new("Whether the KPI measures customer or organisational behaviour.")),
            ("calculator", new("The key of the calculator that computes the KPI's current value.") { DefaultJson = "\"latest\"" }),
            ("scope", new("Where in the journey the KPI applies; null for the whole map.")),
            ("unit", new("The unit of the values, e.g. \"%\" or \"min\".")),
            ("direction", new("Which way the KPI improves.") { DefaultJson = "\"higherIsBetter\"" }),
            ("baseline", new("The value before improvement work started.") { Range = NumberRange.KpiValue }),
            ("target", new("The value aimed for.") { Range = NumberRange.KpiValue }),
            ("measurements", new("Measured values; their order in the file does not matter."))),
        [typeof(KpiScope)] = Table(
            ("stageId", new("The stage the KPI applies to.")),
            ("touchpointId", new("The touchpoint the KPI applies to.")),
            ("personaId", new("The persona the KPI applies to."))),
        [typeof(Measurement)] = Table(
            ("at", new("When the value was measured.") { Required = true }),
            ("value", new("The measured value.") { Required = true, Range = NumberRange.KpiValue })),
        [typeof(Opportunity)] = Table(
            ("id", Id with { Description = "The opportunity's identifier, unique among opportunities." }),
            ("title", Id with { Description = "A short title." }),
            ("touchpointIds", new("The touchpoints the opportunity improves.")),
            ("outcomeIds", new("The outcomes the opportunity serves.")),
            ("reach", new("How many customers it reaches per period; at least 0.") { Range = NumberRange.Amount }),
            ("impact", new("The impact on each customer reached (e.g. 0.25, 0.5, 1, 2, 3); at least 0.") { Range = NumberRange.Amount }),
            ("confidence", new("How sure the estimates are, 0..1.") { Range = NumberRange.Share }),
            ("effort", new("The effort it takes, e.g. in person-months; at least 0.001.") { Range = NumberRange.Effort }),
            ("status", new("Where the opportunity stands.") { DefaultJson = "\"idea\"" })),
        [typeof(Competitor)] = Table(
            ("id", Id with { Description = "The competitor's identifier, unique among competitors." }),
            ("name", Id with { Description = "The competitor's display name." }),
            ("stageScores", new("The competitor's score per stage id, 0..100.") { Range = NumberRange.Percent })),
        [typeof(Playbook)] = Table(
            ("id", Id with { Description = "The playbook's identifier, unique among playbooks." }),
            ("name", Id with { Description = "The playbook's display name." }),
            ("plays", new("The plays of the playbook."))),
        [typeof(Play)] = Table(
            ("id", Id with { Description = "The play's identifier, unique within its playbook." }),
            ("when", new("The condition under which the play fires.") { Required = true }),
            ("action", new("What to do.") { Required = true }),
            ("owner", new("Who does it.")),
            ("priority", new("Lower numbers come first among fired plays; plays without a priority come last."))),
        [typeof(PlayCondition)] = Table(
            ("metric", new("The figure of the score report to look at.") { Required = true }),
            ("targetId", new("The touchpoint, stage, KPI or outcome the metric is read at; none for journeyScore.")),
            ("op", new("How the metric is compared with value.") { Required = true }),
            ("value", new("The threshold.") { Required = true })),
    };

    /// <summary>Finds the facts of a property.</summary>
    /// <param name="declaringType">The model type that declares it.</param>
    /// <param name="jsonName">Its camelCase name in the format.</param>
    /// <returns>The facts, or <see langword="null"/> when the format has no such property.</returns>
    public static FieldFacts? Find(Type? declaringType, string? jsonName) =>
        declaringType is not null && jsonName is not null
        && Fields.TryGetValue(declaringType, out var fields) && fields.TryGetValue(jsonName, out var facts)
            ? facts
            : null;

    /// <summary>The numbers a property allows: its <see cref="FieldFacts.Range"/>, or any finite number when it states none.</summary>
    /// <param name="declaringType">The model type that declares it.</param>
    /// <param name="jsonName">Its camelCase name in the format.</param>
    /// <returns>The range.</returns>
    /// <exception cref="ArgumentException">Thrown when the format has no such property.</exception>
    public static NumberRange RangeOf(Type declaringType, string jsonName) => Get(declaringType, jsonName).Range ?? NumberRange.Finite;

    /// <summary>The rating scale a list of answer counts counts.</summary>
    /// <param name="declaringType">The model type that declares it.</param>
    /// <param name="jsonName">Its camelCase name in the format.</param>
    /// <returns>The scale.</returns>
    /// <exception cref="ArgumentException">Thrown when the format has no such property or it counts no ratings.</exception>
    public static RatingScale RatingsOf(Type declaringType, string jsonName) =>
        Get(declaringType, jsonName).Ratings ?? throw new ArgumentException($"{declaringType.Name}.{jsonName} counts no ratings.", nameof(jsonName));

    private static FieldFacts Get(Type declaringType, string jsonName) =>
        Find(declaringType, jsonName) ?? throw new ArgumentException($"The format has no property {declaringType.Name}.{jsonName}.", nameof(jsonName));

    private static IReadOnlyDictionary<string, FieldFacts> Table(params (string Name, FieldFacts Facts)[] fields) =>
        fields.ToDictionary(static f => f.Name, static f => f.Facts, StringComparer.Ordinal);
}
