using System.Text.Json;
using System.Text.Json.Nodes;
using InsiderRisk.Functions.Invocations;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace InsiderRisk.Functions.Tests.Invocations;

/// <summary>The app with test-only handlers in place of whatever real ones are registered.</summary>
public static class InvocationApp
{
    public static AppFactory With(params IFunctionHandler[] handlers) =>
        new(new Dictionary<string, string?>(), services =>
        {
            services.RemoveAll<IFunctionHandler>();
            foreach (var handler in handlers)
            {
                services.AddSingleton(handler);
            }
        });

    /// <summary>
    /// <c>RunCaseEffect</c> answers what it read: the trigger as text and as JSON (or the reason it is
    /// not JSON), the delivery count and message id; <c>IngestAlerts</c> throws.
    /// </summary>
    public static AppFactory WithEcho() => With(
        new DelegateHandler("RunCaseEffect", context =>
        {
            string json;
            try
            {
                json = context.ReadTriggerJson().GetRawText();
            }
            catch (InvalidTriggerPayloadException exception)
            {
                json = "invalid: " + exception.Message;
            }

            var echo = new JsonObject
            {
                ["text"] = context.ReadTriggerText(),
                ["json"] = json,
                ["dequeueCount"] = context.Metadata.DequeueCount,
                ["messageId"] = context.Metadata.MessageId,
            };
            return Task.FromResult(InvocationResult.Empty.WithLog("echoed").WithLog("twice") with { ReturnValue = echo });
        }),
        new DelegateHandler("IngestAlerts", _ => throw new InvalidOperationException("handler broke: internal-detail-5521")));

    public static JsonElement ReturnValue(JsonElement response) => response.GetProperty("ReturnValue");
}
