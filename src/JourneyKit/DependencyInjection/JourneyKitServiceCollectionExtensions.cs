using JourneyKit.Analytics;
using JourneyKit.Comparison;
using JourneyKit.DependencyInjection;
using JourneyKit.Kpis;
using JourneyKit.Rendering;
using JourneyKit.Scoring;
using JourneyKit.Serialization;
using JourneyKit.Validation;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

// In this namespace, like AddOptions, so that AddJourneyKit is found without an extra using.
namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers the JourneyKit services.</summary>
public static class JourneyKitServiceCollectionExtensions
{
    /// <summary>
    /// Registers the JourneyKit services (<see cref="IJourneyScorer"/>, <see cref="IJourneySerializer"/>,
    /// <see cref="IJourneyValidator"/>, <see cref="IJourneyComparer"/>, <see cref="IJourneyAnalyzer"/>, <see cref="IJourneyRenderer"/>, the built-in KPI calculators, a <see cref="KpiEvaluator"/>) and <see cref="JourneyKitOptions"/>, validated when
    /// the container starts with every problem listed. The services are stateless singletons.
    /// Calling this twice registers nothing twice; each <paramref name="configure"/> given is applied
    /// in order, as with <c>Configure</c>.
    /// </summary>
    /// <param name="services">The services.</param>
    /// <param name="configure">Sets options, e.g. <c>options =&gt; options.Scoring.PainEmotionThreshold = -1</c>.</param>
    /// <returns>A builder, so that additional calls (<see cref="JourneyKitBuilder.AddKpiCalculator{TCalculator}"/>) can be chained.</returns>
    /// <exception cref="ArgumentNullException">Thrown when <paramref name="services"/> is <see langword="null"/>.</exception>
    public static JourneyKitBuilder AddJourneyKit(this IServiceCollection services, Action<JourneyKitOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);

        var options = services.AddOptions<JourneyKitOptions>();
        if (configure is not null)
        {
            options.Configure(configure);
        }

        // IValidateOptions rather than OptionsBuilder.Validate(predicate, message): it reports every problem, not one.
        // ValidateOnStart adds a registration on every call, so it runs only with the first AddJourneyKit.
        var firstCall = !services.Any(static d => d.ServiceType == typeof(IValidateOptions<JourneyKitOptions>)
            && d.ImplementationType == typeof(JourneyKitOptionsValidator));
        if (firstCall)
        {
            services.AddSingleton<IValidateOptions<JourneyKitOptions>, JourneyKitOptionsValidator>();
            options.ValidateOnStart();
        }

        // The built-in calculators are stateless: their shared instances serve every container.
        foreach (var calculator in BuiltInKpiCalculators.All)
        {
            services.TryAddEnumerable(ServiceDescriptor.Singleton(calculator));
        }

        services.TryAddSingleton(static provider => new KpiEvaluator(provider.GetServices<IKpiCalculator>()));

        // The scorer validates with the registered validator, so the configured length limits and calculators apply.
        services.TryAddSingleton<IJourneyScorer>(static provider => new JourneyScorer(
            provider.GetRequiredService<IOptions<JourneyKitOptions>>().Value.Scoring,
            provider.GetRequiredService<KpiEvaluator>(),
            provider.GetRequiredService<IJourneyValidator>()));

        services.TryAddSingleton<IJourneySerializer>(static provider =>
            new JourneySerializer(provider.GetRequiredService<IOptions<JourneyKitOptions>>().Value.Serializer));
        services.TryAddSingleton<IJourneyValidator>(static provider =>
        {
            // Every registered calculator's key is known, so a map naming a custom calculator validates.
            var configured = provider.GetRequiredService<IOptions<JourneyKitOptions>>().Value.Validation;
            var registered = provider.GetRequiredService<KpiEvaluator>().Keys;
            return new JourneyValidator(new JourneyValidatorOptions
            {
                KnownCalculatorKeys = [.. configured.KnownCalculatorKeys.Union(registered, StringComparer.Ordinal)],
                MaxIdLength = configured.MaxIdLength,
                MaxNameLength = configured.MaxNameLength,
                MaxTextLength = configured.MaxTextLength,
            });
        });
        services.TryAddSingleton<IJourneyComparer>(static provider => new JourneyComparer(provider.GetRequiredService<IJourneyScorer>()));
        services.TryAddSingleton<IJourneyAnalyzer, JourneyAnalyzer>();
        services.TryAddSingleton<IJourneyRenderer>(static provider => new JourneyRenderer(provider.GetRequiredService<IJourneyScorer>()));

        return new JourneyKitBuilder(services);
    }
}
