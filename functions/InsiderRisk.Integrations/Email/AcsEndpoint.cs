namespace InsiderRisk.Integrations.Email;

/// <summary>An ACS endpoint: absolute https (plain http only to a loopback address, for tests), no query.</summary>
internal static class AcsEndpoint
{
    public static Uri Parse(string text, string settingName)
    {
        if (!Uri.TryCreate(text, UriKind.Absolute, out var uri)
            || !(uri.Scheme == Uri.UriSchemeHttps || (uri.Scheme == Uri.UriSchemeHttp && uri.IsLoopback))
            || uri.Query.Length > 0
            || uri.UserInfo.Length > 0)
        {
            throw new EmailConfigurationException(
                $"{settingName} must name the ACS endpoint as an absolute https URL, e.g. https://name.communication.azure.com.");
        }

        return new Uri(uri.GetLeftPart(UriPartial.Path).TrimEnd('/') + "/");
    }
}
