using JourneyKit.Model;

namespace JourneyKit.Tests.Helpers;

/// <summary>
/// Maps for the rendering tests and the screenshots: a realistic 5 × 6 retail journey, generated maps
/// of any size, and a hostile map whose every string is an injection payload.
/// </summary>
internal static class SampleMaps
{
    /// <summary>Strings that would run, break or inject if any renderer wrote them unescaped.</summary>
    public static readonly string[] Payloads =
    [
        "<script>alert(1)</script>",
        "\"><img src=x onerror=alert(1)>",
        "]]><x/>",
        "javascript:alert(document.cookie)",
        "ctl\u0000\u0001\u0008\u000B\u000C\u001B\u007F\u0085\uFFFE\uFFFFend\uD800",
        "%%{init: {'theme':'dark'}}%%",
        "click x call alert()\nclassDef evil fill:#f00;\nstyle x fill:#f00",
        "a#b;c:d,e `f` 'g' & <h>\r\nsection Evil",
        "<style>body{display:none}</style><svg onload=alert(1)>",
        "```\n# Heading\n| a | b |\n[link](javascript:alert(1)) ![i](x)",
    ];

    /// <summary>An online-retail journey: 3 personas, 5 stages of 6 touchpoints, surveys, outcomes, KPIs, backlog and plays.</summary>
    public static JourneyMap Retail() => new()
    {
        Id = "online-retail",
        Name = "Online retail purchase",
        Description = "From first seeing an ad to recommending the shop: where families and bargain hunters struggle, and what to fix first.",
        Personas =
        [
            new Persona { Id = "busy-parent", Name = "Busy parent", Segment = "B2C families", Weight = 0.6, PreferredChannels = [Channel.MobileApp] },
            new Persona { Id = "bargain-hunter", Name = "Bargain hunter", Segment = "Price-driven", Weight = 0.3 },
            new Persona { Id = "gift-buyer", Name = "Gift buyer", Segment = "Occasional", Weight = 0.1 },
        ],
        Stages =
        [
            new Stage
            {
                Id = "awareness", Name = "Awareness", Kind = StageKind.Awareness,
                DesiredOutcome = "The customer knows we sell what they need at a fair price",
                Touchpoints =
                [
                    T("social-ad", "Social media ad", Channel.Social, "marketing", 0.5, process: 0.5, wait: 0, valueAdding: true),
                    T("search-ad", "Search ad", Channel.Advertising, "marketing", 0, process: 0.5, wait: 0, valueAdding: true),
                    T("friend-tip", "Friend's recommendation", Channel.WordOfMouth, null, 2, byPersona: new() { ["bargain-hunter"] = 1 }),
                    T("review-site", "Review site", Channel.Reviews, "brand", 1, process: 3, wait: 0, valueAdding: true, csat: [4, 6, 20, 50, 40]),
                    T("newsletter", "Newsletter", Channel.Email, "crm", -0.5, byPersona: new() { ["gift-buyer"] = -1.5 }, process: 1, wait: 0, valueAdding: false),
                    T("home-page", "Home page", Channel.Web, "ecommerce", 1, process: 1, wait: 0, valueAdding: true),
                ],
            },
            new Stage
            {
                Id = "consideration", Name = "Consideration", Kind = StageKind.Consideration,
                DesiredOutcome = "The customer is confident which product and size fits",
                Touchpoints =
                [
                    T("search", "Product search", Channel.Web, "ecommerce", 1, process: 2, wait: 0, valueAdding: true),
                    T("product-page", "Product page", Channel.Web, "ecommerce", 1, byPersona: new() { ["bargain-hunter"] = 0 }, process: 3, wait: 0, valueAdding: true, csat: [3, 5, 15, 60, 47]),
                    T("size-guide", "Size guide for kids", Channel.Web, "ecommerce", -1, personas: ["busy-parent", "gift-buyer"], byPersona: new() { ["busy-parent"] = -2 }, process: 4, wait: 0, valueAdding: true, ces: [5, 10, 15, 20, 25, 20, 10]),
                    T("compare", "Price comparison", Channel.Web, "pricing", 0, personas: ["bargain-hunter"], byPersona: new() { ["bargain-hunter"] = -1 }, process: 5, wait: 0, valueAdding: true),
                    T("chat-question", "Chat with an adviser", Channel.Chat, "support", 2, byPersona: new() { ["bargain-hunter"] = 1 }, process: 4, wait: 6, valueAdding: true, csat: [1, 2, 8, 40, 70]),
                    T("wishlist", "Save to wishlist", Channel.MobileApp, "app team", 1, process: 0.5, wait: 0, valueAdding: true),
                ],
            },
            new Stage
            {
                Id = "purchase", Name = "Purchase", Kind = StageKind.Purchase,
                DesiredOutcome = "The customer pays quickly without surprises",
                Touchpoints =
                [
                    T("basket", "Basket", Channel.Web, "ecommerce", 0.5, process: 1, wait: 0, valueAdding: true),
                    T("account", "Create an account", Channel.Web, "ecommerce", -1.5, byPersona: new() { ["gift-buyer"] = -2.5 }, process: 3, wait: 0, valueAdding: false, ces: [4, 8, 12, 20, 30, 18, 8]),
                    T("delivery-options", "Delivery options", Channel.Web, "logistics", 0, byPersona: new() { ["bargain-hunter"] = -1.5 }, process: 1, wait: 0, valueAdding: true),
                    T("payment", "Payment", Channel.Web, "payments", -1, byPersona: new() { ["busy-parent"] = -1.5 }, process: 2, wait: 1, valueAdding: true, ces: [6, 10, 14, 22, 26, 14, 8]),
                    T("address", "Re-enter address", Channel.Web, "ecommerce", -2, process: 2, wait: 0, valueAdding: false),
                    T("confirmation", "Order confirmation email", Channel.Email, "crm", 2, process: 0, wait: 2, valueAdding: true, csat: [1, 2, 6, 44, 67]),
                ],
            },
            new Stage
            {
                Id = "delivery", Name = "Delivery and use", Kind = StageKind.Retention,
                DesiredOutcome = "The order arrives on the promised day and fits",
                Touchpoints =
                [
                    T("dispatch", "Dispatch notice", Channel.Email, "logistics", 1, process: 0, wait: 1440, valueAdding: false),
                    T("tracking", "Parcel tracking", Channel.MobileApp, "logistics", 0, byPersona: new() { ["busy-parent"] = -1 }, process: 1, wait: 0, valueAdding: true),
                    T("delivery", "Home delivery", Channel.InPerson, "carrier", -1, byPersona: new() { ["gift-buyer"] = 0 }, process: 5, wait: 1440, valueAdding: true, nps: [8, 4, 6, 8, 10, 12, 14, 18, 20, 16, 14]),
                    T("unboxing", "Unboxing", Channel.InPerson, "packaging", 2.5, byPersona: new() { ["bargain-hunter"] = 2 }, valueAdding: true),
                    T("returns", "Return a wrong size", Channel.Mail, "returns", -2.5, personas: ["busy-parent", "gift-buyer"], process: 15, wait: 4320, valueAdding: false, ces: [2, 3, 6, 10, 20, 30, 20]),
                    T("support-call", "Support call", Channel.Phone, "support", -1, process: 8, wait: 12, valueAdding: true, csat: [10, 12, 20, 30, 18]),
                ],
            },
            new Stage
            {
                Id = "advocacy", Name = "Advocacy", Kind = StageKind.Advocacy,
                DesiredOutcome = "The customer recommends us and buys again",
                Touchpoints =
                [
                    T("review-request", "Review request", Channel.Email, "crm", 0, process: 0.5, wait: 0, valueAdding: false),
                    T("write-review", "Write a review", Channel.Reviews, "brand", 1, process: 3, wait: 0, valueAdding: true),
                    T("loyalty", "Loyalty points", Channel.MobileApp, "crm", 1.5, byPersona: new() { ["bargain-hunter"] = 2.5 }, process: 0.5, wait: 0, valueAdding: true),
                    T("referral", "Refer a friend", Channel.Social, "marketing", 1, process: 1, wait: 0, valueAdding: true, nps: [2, 1, 2, 3, 4, 6, 8, 15, 22, 30, 40]),
                    T("reorder", "One-click reorder", Channel.MobileApp, "app team", 2, personas: ["busy-parent"], process: 0.5, wait: 0, valueAdding: true),
                    T("community", "Parents' community", Channel.Social, "brand", 1.5, personas: ["busy-parent"], process: 2, wait: 0, valueAdding: true),
                ],
            },
        ],
        Outcomes =
        [
            new Outcome { Id = "find-size", Statement = "Minimize the time it takes to find the right size", StageId = "consideration", PersonaId = "busy-parent", Importance = 8.4, Satisfaction = 3.9 },
            new Outcome { Id = "fair-price", Statement = "Be sure the price is the best available", StageId = "consideration", PersonaId = "bargain-hunter", Importance = 7.6, Satisfaction = 5.8 },
            new Outcome { Id = "fast-checkout", Statement = "Minimize the effort to pay", StageId = "purchase", Importance = 7.9, Satisfaction = 5.1 },
            new Outcome { Id = "on-time", Statement = "Minimize the likelihood of a late delivery", Kind = OutcomeKind.Relief, StageId = "delivery", Importance = 9.1, Satisfaction = 6.2 },
            new Outcome { Id = "easy-return", Statement = "Minimize the hassle of returning a wrong size", Kind = OutcomeKind.Relief, StageId = "delivery", Importance = 8.8, Satisfaction = 2.7 },
            new Outcome { Id = "gift-wrap", Statement = "Increase the chance the gift looks special", StageId = "purchase", PersonaId = "gift-buyer", Importance = 4.2, Satisfaction = 6.5 },
            new Outcome { Id = "rewards", Statement = "Increase the value of loyalty rewards", StageId = "advocacy", Importance = 5.5, Satisfaction = 5.0 },
        ],
        Kpis =
        [
            new Kpi { Id = "checkout-conversion", Name = "Checkout conversion", Category = KpiCategory.CustomerBehavior, Scope = new KpiScope { StageId = "purchase" }, Unit = "%", Baseline = 28, Target = 35, Measurements = [M("2026-01-31", 28.4), M("2026-02-28", 29.1), M("2026-03-31", 29.5)] },
            new Kpi { Id = "repeat-purchase", Name = "Repeat purchase rate", Category = KpiCategory.CustomerBehavior, Unit = "%", Baseline = 18, Target = 24, Measurements = [M("2026-01-31", 21), M("2026-02-28", 22.5), M("2026-03-31", 24.4)] },
            new Kpi { Id = "first-contact", Name = "First-contact resolution", Category = KpiCategory.OrganizationalBehavior, Scope = new KpiScope { TouchpointId = "support-call" }, Unit = "%", Baseline = 60, Target = 80, Measurements = [M("2026-01-31", 74), M("2026-03-31", 72)] },
            new Kpi { Id = "response-time", Name = "Chat response time", Category = KpiCategory.OrganizationalBehavior, Scope = new KpiScope { TouchpointId = "chat-question" }, Unit = "min", Direction = KpiDirection.LowerIsBetter, Target = 2, Measurements = [M("2026-03-31", 6)] },
        ],
        Opportunities =
        [
            new Opportunity { Id = "kids-size-chart", Title = "Add a kids size chart with age guidance", TouchpointIds = ["size-guide"], OutcomeIds = ["find-size"], Reach = 12000, Impact = 2, Confidence = 0.8, Effort = 3, Status = OpportunityStatus.Planned },
            new Opportunity { Id = "guest-checkout", Title = "Guest checkout without an account", TouchpointIds = ["account"], OutcomeIds = ["fast-checkout"], Reach = 20000, Impact = 1, Confidence = 0.9, Effort = 2 },
            new Opportunity { Id = "free-returns", Title = "Free drop-off returns with instant refund", TouchpointIds = ["returns"], OutcomeIds = ["easy-return"], Reach = 4000, Impact = 3, Confidence = 0.5, Effort = 5 },
            new Opportunity { Id = "saved-address", Title = "Remember the delivery address", TouchpointIds = ["address"], Reach = 15000, Impact = 0.5, Confidence = 1, Effort = 1, Status = OpportunityStatus.InProgress },
        ],
        Competitors = [new Competitor { Id = "acme", Name = "Acme Shop", StageScores = new Dictionary<string, double> { ["consideration"] = 71, ["purchase"] = 58, ["delivery"] = 49 } }],
        Playbooks =
        [
            new Playbook
            {
                Id = "recover", Name = "Recover detractors",
                Plays =
                [
                    new Play { Id = "call-back", When = new PlayCondition { Metric = PlayMetric.Nps, TargetId = "delivery", Op = ComparisonOperator.Lt, Value = 20 }, Action = "Call every delivery detractor within 48 hours", Owner = "support", Priority = 1 },
                    new Play { Id = "fix-returns", When = new PlayCondition { Metric = PlayMetric.Ces, TargetId = "returns", Op = ComparisonOperator.Ge, Value = 5 }, Action = "Review the returns form with the returns team", Owner = "returns", Priority = 2 },
                    new Play { Id = "celebrate", When = new PlayCondition { Metric = PlayMetric.JourneyScore, Op = ComparisonOperator.Ge, Value = 90 }, Action = "Share the win", Priority = 3 },
                ],
            },
        ],
    };

    /// <summary>A generated map of <paramref name="stages"/> × <paramref name="touchpoints"/> with <paramref name="personas"/> personas; same seed, same map.</summary>
    public static JourneyMap Generated(int stages, int touchpoints, int personas = 3, int seed = 7)
    {
        var random = new Random(seed);
        var channels = Enum.GetValues<Channel>();
        var personaList = Enumerable.Range(1, personas).Select(p => new Persona { Id = $"p{p}", Name = $"Persona {p}", Weight = 1.0 / p }).ToList();
        var stageList = new List<Stage>();
        var n = 0;
        for (var s = 1; s <= stages; s++)
        {
            var list = new List<Touchpoint>();
            for (var t = 1; t <= touchpoints; t++)
            {
                n++;
                var emotion = Math.Round((random.NextDouble() * 6) - 3, 1);
                var byPersona = personaList.Skip(1).Where(_ => random.NextDouble() < 0.5)
                    .ToDictionary(p => p.Id, _ => Math.Round(Math.Clamp(emotion + (random.NextDouble() * 3) - 1.5, -3, 3), 1));
                list.Add(new Touchpoint
                {
                    Id = $"s{s}-t{t}",
                    Name = $"Touchpoint {n} with a name long enough to need shortening",
                    Channel = channels[random.Next(channels.Length)],
                    Owner = $"team {random.Next(1, 9)}",
                    Emotion = emotion,
                    EmotionsByPersona = byPersona,
                    ProcessMinutes = random.Next(0, 20),
                    WaitMinutes = random.Next(0, 60),
                    ValueAdding = random.NextDouble() < 0.7,
                    Responses = random.NextDouble() < 0.3 ? new SurveyResponses { Csat = [random.Next(0, 20), random.Next(0, 20), random.Next(0, 40), random.Next(10, 60), random.Next(10, 60)] } : null,
                });
            }

            stageList.Add(new Stage { Id = $"s{s}", Name = $"Stage {s} of the generated journey", DesiredOutcome = $"The customer has finished step {s} and knows what comes next, without calling us", Touchpoints = list });
        }

        return new JourneyMap { Id = $"generated-{stages}x{touchpoints}", Name = $"Generated journey, {stages} stages \u00D7 {touchpoints} touchpoints", Description = "A generated map for layout and performance tests.", Personas = personaList, Stages = stageList };
    }

    /// <summary>A map whose every user string — ids, names, descriptions, outcomes, owners, actions — is a payload.</summary>
    public static JourneyMap Hostile()
    {
        string P(int i) => Payloads[i % Payloads.Length];
        var personas = Enumerable.Range(0, 3).Select(i => new Persona { Id = "pid" + P(i), Name = P(i + 1), Segment = P(i + 2), Description = P(i + 3) }).ToList();
        var stages = Enumerable.Range(0, 3).Select(s => new Stage
        {
            Id = "sid" + P(s),
            Name = P(s + 4),
            DesiredOutcome = P(s + 5),
            Touchpoints = Enumerable.Range(0, 3).Select(t => new Touchpoint
            {
                Id = $"tid{s}{t}" + P(t + s),
                Name = P(t + s + 6),
                Owner = P(t + s + 7),
                Channel = (Channel)((s * 3) + t),
                Emotion = t - 1.5,
                EmotionsByPersona = new Dictionary<string, double> { [personas[t].Id] = 3 - (2 * t) },
                PersonaIds = t == 2 ? [personas[0].Id, personas[2].Id] : [],
                ProcessMinutes = 5,
                WaitMinutes = 10 * t,
                ValueAdding = t != 1,
                Responses = new SurveyResponses { Nps = [5, 1, 1, 1, 1, 1, 1, 1, 1, 1, t], Csat = [1, 1, 1, 1, 1], Ces = [1, 1, 1, 1, 1, 1, 5] },
            }).ToList(),
        }).ToList();
        var touchpointId = stages[0].Touchpoints[0].Id;
        return new JourneyMap
        {
            Id = "mid" + P(0),
            Name = P(1),
            Description = P(2),
            Personas = personas,
            Stages = stages,
            Outcomes = [new Outcome { Id = "oid" + P(3), Statement = P(4), StageId = stages[0].Id, PersonaId = personas[0].Id, Importance = 9, Satisfaction = 2 }],
            Kpis = [new Kpi { Id = "kid" + P(5), Name = P(6), Unit = P(7), Baseline = 1, Target = 2, Scope = new KpiScope { TouchpointId = touchpointId }, Measurements = [new Measurement { At = DateTimeOffset.Parse("2026-01-01T00:00:00Z", System.Globalization.CultureInfo.InvariantCulture), Value = 1.5 }] }],
            Opportunities = [new Opportunity { Id = "opid" + P(8), Title = P(9), TouchpointIds = [touchpointId], Reach = 10, Impact = 1, Confidence = 1, Effort = 1 }],
            Competitors = [new Competitor { Id = "cid" + P(1), Name = P(2), StageScores = new Dictionary<string, double> { [stages[0].Id] = 80 } }],
            Playbooks = [new Playbook { Id = "pbid" + P(3), Name = P(4), Plays = [new Play { Id = "plid" + P(5), When = new PlayCondition { Metric = PlayMetric.Emotion, TargetId = touchpointId, Op = ComparisonOperator.Lt, Value = 5 }, Action = P(6), Owner = P(7), Priority = 1 }] }],
        };
    }

    private static Touchpoint T(
        string id, string name, Channel channel, string? owner, double? emotion,
        string[]? personas = null, Dictionary<string, double>? byPersona = null,
        double? process = null, double? wait = null, bool? valueAdding = null,
        long[]? nps = null, long[]? csat = null, long[]? ces = null) => new()
        {
            Id = id,
            Name = name,
            Channel = channel,
            Owner = owner,
            Initiator = channel is Channel.Email or Channel.Advertising or Channel.Social ? Initiator.Company : Initiator.Customer,
            Emotion = emotion,
            PersonaIds = personas ?? [],
            EmotionsByPersona = byPersona ?? new Dictionary<string, double>(),
            ProcessMinutes = process,
            WaitMinutes = wait,
            ValueAdding = valueAdding,
            Responses = nps is null && csat is null && ces is null ? null : new SurveyResponses { Nps = nps, Csat = csat, Ces = ces },
        };

    private static Measurement M(string date, double value) => new()
    {
        At = DateTimeOffset.Parse(date + "T00:00:00Z", System.Globalization.CultureInfo.InvariantCulture),
        Value = value,
    };
}
