using InsiderRisk.Domain;
using InsiderRisk.Integrations.Email;

namespace InsiderRisk.Integrations.Tests.Email;

public sealed class OperationIdsTests
{
    private static readonly Guid DnsNamespace = new("6ba7b810-9dad-11d1-80b4-00c04fd430c8");

    [Fact]
    public void Name_based_ids_match_the_RFC_4122_version_5_reference()
    {
        Assert.Equal(new Guid("886313e1-3b8a-5372-9b90-0c9aee199e5d"), OperationIds.NameBased(DnsNamespace, "python.org"));
    }

    [Fact]
    public void An_effect_always_gets_the_same_version_5_operation_id_and_another_effect_another()
    {
        var id = OperationIds.ForEffect(new EffectId("IR-1-fx00000003"));

        Assert.Equal(new Guid("6fb07cf8-4ce2-5246-a853-e3bfa9e356f1"), id);
        Assert.Equal(id, OperationIds.ForEffect(new EffectId("IR-1-fx00000003")));
        Assert.NotEqual(id, OperationIds.ForEffect(new EffectId("IR-1-fx00000004")));
        Assert.Equal('5', id.ToString("D")[14]);
    }
}
