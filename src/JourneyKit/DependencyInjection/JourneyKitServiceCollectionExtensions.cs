using JourneyKit.DependencyInjection;
using JourneyKit.Kpis;
using JourneyKit.Scoring;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

// In this namespace, like AddOptions, so that AddJourneyKit is found without an extra using.
namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers the JourneyKit services.</summary>
public static class JourneyKitServiceCollectionExtensions
{
    /// <summary>
    /// Registers the JourneyKit services (<see cref="IJourneyScorer"/>, the built-in KPI
    /// calculators, a <see cref="KpiEvaluator"/>) and <see cref="JourneyKitOptions"/>, validated when
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

        services.TryAddEnumerable(ServiceDescriptor.Singleton<IKpiCalculator, LatestKpiCalculator>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IKpiCalculator, MeanKpiCalculator>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IKpiCalculator, NpsKpiCalculator>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IKpiCalculator, CsatKpiCalculator>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IKpiCalculator, CesKpiCalculator>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IKpiCalculator, LeadTimeKpiCalculator>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IKpiCalculator, PceKpiCalculator>());
        services.TryAddSingleton(static provider => new KpiEvaluator(provider.GetServices<IKpiCalculator>()));

        services.TryAddSingleton<IJourneyScorer>(static provider => new JourneyScorer(
            provider.GetRequiredService<IOptions<JourneyKitOptions>>().Value.Scoring,
            provider.GetRequiredService<KpiEvaluator>()));

        // ---- Merge point (lead): register the services of the other branches here, with TryAdd, e.g.
        // services.TryAddSingleton<IJourneySerializer, JourneySerializer>();
        // services.TryAddSingleton<IJourneyValidator>(provider => new JourneyValidator(new JourneyValidatorOptions
        //     { KnownCalculatorKeys = provider.GetRequiredService<KpiEvaluator>().Keys }));
        // ---- end of merge point

        return new JourneyKitBuilder(services);
    }
}
