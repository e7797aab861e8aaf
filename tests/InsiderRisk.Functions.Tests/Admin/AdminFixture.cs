using InsiderRisk.Functions.Tests.Support;

namespace InsiderRisk.Functions.Tests.Admin;

/// <summary>One app per test class: <see cref="ApiFactory"/> has several constructors, which xunit fixtures may not.</summary>
public sealed class AdminFixture : IDisposable
{
    public ApiFactory App { get; } = new();

    public void Dispose() => App.Dispose();
}
