using System.Text.RegularExpressions;
using InsiderRisk.Domain.Cases;

namespace InsiderRisk.Domain.Tests.Cases;

public sealed partial class CaseErrorsTests
{
    [Fact]
    public void GivenEveryCaseRule_WhenItsErrorIsBuilt_ThenTheCodeIsUniqueKebabCaseWithAMessage()
    {
        var errors = typeof(CaseErrors).GetMethods().Where(method => method.ReturnType == typeof(DomainError))
            .Select(method => (DomainError)method.Invoke(null, [.. method.GetParameters().Select(Sample)])!)
            .ToList();

        Assert.Equal(23, errors.Count);
        Assert.Equal(errors.Count, errors.Select(error => error.Code).Distinct().Count());
        Assert.All(errors, error =>
        {
            Assert.Matches(KebabCase(), error.Code);
            Assert.False(string.IsNullOrWhiteSpace(error.Message));
        });
    }

    private static object Sample(System.Reflection.ParameterInfo parameter) => parameter.ParameterType switch
    {
        var type when type == typeof(CaseId) => new CaseId("case-0001"),
        var type when type == typeof(EffectId) => new EffectId("case-0001-fx00000003"),
        var type when type == typeof(EffectKind) => EffectKind.SendNotice,
        _ => "sample",
    };

    [GeneratedRegex("^[a-z]+(-[a-z]+)*$")]
    private static partial Regex KebabCase();
}
