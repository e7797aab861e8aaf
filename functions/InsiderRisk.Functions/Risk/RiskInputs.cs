using InsiderRisk.Domain;

namespace InsiderRisk.Functions.Risk;

internal sealed class RiskInputs(RiskDirtyIndex dirty, SignInIndex signIns) : IRiskInputs
{
    public async Task MarkDirtyAsync(UserPseudonym user, SignInId? signInId = null, CancellationToken cancellationToken = default)
    {
        if (signInId is { } signIn)
        {
            await signIns.RecordAsync(signIn, user, cancellationToken);
        }

        await dirty.MarkAsync(user, cancellationToken);
    }
}
