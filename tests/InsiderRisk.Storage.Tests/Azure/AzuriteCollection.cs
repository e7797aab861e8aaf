using InsiderRisk.TestSupport;

namespace InsiderRisk.Storage.Tests.Azure;

/// <summary>Every test that talks to Azurite joins this collection, so the assembly shares one Azurite.</summary>
[CollectionDefinition(Name)]
public sealed class AzuriteCollection : ICollectionFixture<AzuriteFixture>
{
    public const string Name = "Azurite";
}
