using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using InsiderRisk.Domain;

namespace InsiderRisk.Integrations.ServiceNow;

/// <summary>
/// The incident's <c>correlation_id</c>, by which a retry finds the incident an earlier attempt created.
/// It is the effect id itself when that fits ServiceNow's 100-character field and is safe inside an
/// encoded query ('^' separates conditions there); otherwise a stable hash of it.
/// </summary>
public static partial class ServiceNowCorrelation
{
    public const int MaxLength = 100;

    public static string For(EffectId effectId)
    {
        var value = effectId.Value;
        return value.Length <= MaxLength && Safe().IsMatch(value)
            ? value
            : "InsiderRisk-" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(value)))[..40];
    }

    [GeneratedRegex("^[A-Za-z0-9._:-]+$")]
    private static partial Regex Safe();
}
