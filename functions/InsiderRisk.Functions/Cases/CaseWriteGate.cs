using InsiderRisk.Domain;

namespace InsiderRisk.Functions.Cases;

/// <summary>
/// Lets one writer at a time per case (by stripe) through load → decide → append inside this
/// process, so concurrent requests on one case queue up instead of racing and retrying. Writers in
/// other instances still race; the append's ETag check and the retry settle those.
/// </summary>
public sealed class CaseWriteGate : IDisposable
{
    private const int Stripes = 256;

    private readonly SemaphoreSlim[] stripes = [.. Enumerable.Range(0, Stripes).Select(_ => new SemaphoreSlim(1, 1))];

    public async Task<IDisposable> EnterAsync(CaseId caseId, CancellationToken cancellationToken)
    {
        var stripe = stripes[(int)((uint)StringComparer.Ordinal.GetHashCode(caseId.Value) % Stripes)];
        await stripe.WaitAsync(cancellationToken);
        return new Release(stripe);
    }

    public void Dispose()
    {
        foreach (var stripe in stripes)
        {
            stripe.Dispose();
        }
    }

    private sealed class Release(SemaphoreSlim stripe) : IDisposable
    {
        private int released;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref released, 1) == 0)
            {
                stripe.Release();
            }
        }
    }
}
