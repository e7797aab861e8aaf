using System.Globalization;
using System.Security.Cryptography;
using InsiderRisk.Domain;
using InsiderRisk.Domain.Privacy;
using InsiderRisk.Functions.Cases;

namespace InsiderRisk.Functions.Alerts.Triage;

/// <summary>
/// New case ids: <c>IR-{yyyyMMdd}-{6 Crockford base32 characters}</c>, from a cryptographic random
/// source (30 bits a day: about a billion ids, so a clash is rare and checked against the store anyway).
/// </summary>
public sealed class CaseIdMinter(TimeProvider time, ICaseCommands cases)
{
    private const int CodeLength = 6;
    private const int MaxAttempts = 5;

    public async Task<CaseId> MintAsync(CancellationToken cancellationToken = default)
    {
        for (var attempt = 0; attempt < MaxAttempts; attempt++)
        {
            var caseId = New(time.GetUtcNow());
            if (await cases.LoadAsync(caseId, cancellationToken) is null)
            {
                return caseId;
            }
        }

        throw new InvalidOperationException($"No free case id after {MaxAttempts} random draws.");
    }

    public static CaseId New(DateTimeOffset now)
    {
        Span<byte> random = stackalloc byte[4];
        RandomNumberGenerator.Fill(random);
        var date = now.UtcDateTime.ToString("yyyyMMdd", CultureInfo.InvariantCulture);
        return new CaseId($"IR-{date}-{CrockfordBase32.Encode(random, CodeLength)}");
    }
}
