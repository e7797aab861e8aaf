using Azure.Core;
using Azure.Identity;
using InsiderRisk.Integrations.Effects;
using InsiderRisk.Integrations.Notices;
using InsiderRisk.Integrations.Sinks;

namespace InsiderRisk.Integrations.Email;

/// <summary>
/// The handlers of the email effects (notice, share by email, overdue reminder) as configuration
/// says: ACS when <c>Email__ConnectionString</c> or <c>Email__Endpoint</c> is set (channel "acs"),
/// else the local sink (channel "local-sink").
/// </summary>
public static class EmailEffectHandlers
{
    /// <summary>The sender the local sink records when <c>Email__Sender</c> is not set either.</summary>
    public const string LocalSinkSender = "insiderrisk@localhost";

    /// <param name="settings">Name → value, e.g. <c>name => configuration[name]</c>.</param>
    /// <param name="credential">Asked for only when ACS uses Entra ID; default <see cref="DefaultAzureCredential"/> (it honours <c>AZURE_CLIENT_ID</c>).</param>
    /// <exception cref="EmailConfigurationException">ACS is configured but a setting is unusable; the message never holds the key.</exception>
    public static IReadOnlyList<IEffectHandler> Create(
        Func<string, string?> settings,
        ISentMessageSink sink,
        NoticeRenderer? renderer = null,
        Func<TokenCredential>? credential = null,
        AcsEmailClientOptions? clientOptions = null,
        TimeProvider? time = null)
    {
        ArgumentNullException.ThrowIfNull(sink);
        var options = EmailOptions.FromSettings(settings);
        renderer ??= new NoticeRenderer();
        time ??= TimeProvider.System;

        var connection = AcsEmailConnection.FromOptions(options, credential ?? (() => new DefaultAzureCredential()));
        if (connection is null)
        {
            return [.. Composers(renderer, options.Sender ?? LocalSinkSender).Select(c => new LocalSinkEmailHandler(c, sink, time))];
        }

        if (!EmailAddresses.IsValid(options.Sender))
        {
            throw new EmailConfigurationException(
                $"{EmailOptions.SenderSetting} must be the sender address (a MailFrom address of a domain connected to the ACS resource) when ACS Email is configured.");
        }

        var client = new AcsEmailClient(connection, clientOptions, time);
        return [.. Composers(renderer, options.Sender!).Select(c => new AcsEmailEffectHandler(c, client))];
    }

    private static IEmailComposer[] Composers(NoticeRenderer renderer, string sender) =>
    [
        new NoticeEmailComposer(renderer, sender),
        new ShareEmailComposer(sender),
        new ReminderEmailComposer(sender),
    ];
}
