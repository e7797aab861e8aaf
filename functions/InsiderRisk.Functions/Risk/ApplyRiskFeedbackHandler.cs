using InsiderRisk.Domain;
using InsiderRisk.Domain.Privacy;
using InsiderRisk.Functions.Functions;
using InsiderRisk.Functions.Invocations;

namespace InsiderRisk.Functions.Risk;

/// <summary>
/// <c>ApplyRiskFeedback</c>: rescores the user a <c>risk-feedback</c> message names, then makes the user's
/// due Entra ID Protection calls (identity feedback, opt-in; see the Risk README).
/// </summary>
/// <remarks>
/// Dependencies are resolved per invocation: the app builds every handler at startup just to read its
/// name, and the risk services reach the pseudonymizer, whose missing key must fail the first use,
/// not the start.
/// </remarks>
public sealed class ApplyRiskFeedbackHandler(IServiceProvider services) : IFunctionHandler
{
    public string FunctionName => ApplyRiskFeedbackFunction.Definition.Name;

    public async Task<InvocationResult> HandleAsync(InvocationContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var message = context.ReadTrigger<RiskFeedbackMessage>();
        if (!Pseudonymizer.IsPseudonym(message.User))
        {
            throw new InvalidTriggerPayloadException("A risk-feedback message names a user by pseudonym (\"user\": \"User-…\").");
        }

        var user = new UserPseudonym(message.User);
        var reason = await services.GetRequiredService<IRiskProcessor>().ProcessUserAsync(user, context.CancellationToken);
        var identity = await services.GetRequiredService<IdentityFeedback.IdentityFeedbackSender>().SendDueAsync(user, context.CancellationToken);
        return InvocationResult.Empty.WithLog($"Risk of {message.User}: {reason}.{identity}");
    }
}
