using System.Diagnostics.CodeAnalysis;
using JourneyKit.Kpis;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace JourneyKit.DependencyInjection;

/// <summary>Returned by <c>AddJourneyKit</c> so that additional calls can be chained.</summary>
public sealed class JourneyKitBuilder
{
    /// <summary>Creates a builder over a service collection.</summary>
    /// <param name="services">The services JourneyKit is registered in.</param>
    /// <exception cref="ArgumentNullException">Thrown when <paramref name="services"/> is <see langword="null"/>.</exception>
    public JourneyKitBuilder(IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        Services = services;
    }

    /// <summary>The services JourneyKit is registered in.</summary>
    public IServiceCollection Services { get; }

    /// <summary>
    /// Registers a custom KPI calculator as a singleton; maps then name it by its
    /// <see cref="IKpiCalculator.Key"/>. Registering the same type twice registers it once.
    /// </summary>
    /// <typeparam name="TCalculator">The calculator; stateless and thread-safe.</typeparam>
    /// <returns>This builder, so that additional calls can be chained.</returns>
    public JourneyKitBuilder AddKpiCalculator<[DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicConstructors)] TCalculator>()
        where TCalculator : class, IKpiCalculator
    {
        Services.TryAddEnumerable(ServiceDescriptor.Singleton<IKpiCalculator, TCalculator>());
        return this;
    }

    /// <summary>Registers a custom KPI calculator instance; an instance of a type already registered is ignored.</summary>
    /// <param name="calculator">The calculator; stateless and thread-safe.</param>
    /// <returns>This builder, so that additional calls can be chained.</returns>
    /// <exception cref="ArgumentNullException">Thrown when <paramref name="calculator"/> is <see langword="null"/>.</exception>
    public JourneyKitBuilder AddKpiCalculator(IKpiCalculator calculator)
    {
        ArgumentNullException.ThrowIfNull(calculator);
        Services.TryAddEnumerable(ServiceDescriptor.Singleton(calculator));
        return this;
    }
}
