namespace InsiderRisk.Deployment.Tests.Publish;

/// <summary>The test classes that share one publish.</summary>
[CollectionDefinition(Name)]
public sealed class PublishCollection : ICollectionFixture<PublishFixture>
{
    public const string Name = "Published app";
}
