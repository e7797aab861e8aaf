using InsiderRisk.Storage.Tables;
using Microsoft.Extensions.DependencyInjection;

namespace InsiderRisk.Functions.Tests.Risk;

/// <summary>Puts a wrapper around the app's own <see cref="ITableStore"/>, whichever store it is.</summary>
internal static class TableStoreDecorator
{
    public static void Install(IServiceCollection services, Func<ITableStore, ITableStore> wrap)
    {
        var original = services.Last(descriptor => descriptor.ServiceType == typeof(ITableStore) && !descriptor.IsKeyedService);
        services.Remove(original);
        services.Add(ServiceDescriptor.Describe(typeof(ITableStore), provider => wrap(Create(provider, original)), original.Lifetime));
    }

    private static ITableStore Create(IServiceProvider provider, ServiceDescriptor descriptor) =>
        descriptor.ImplementationInstance as ITableStore
        ?? (descriptor.ImplementationFactory is { } factory
            ? (ITableStore)factory(provider)
            : (ITableStore)ActivatorUtilities.CreateInstance(provider, descriptor.ImplementationType!));
}
