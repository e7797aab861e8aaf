using Azure.Core;
using Azure.Identity;
using InsiderRisk.Storage.Azure.Connection;

namespace InsiderRisk.Storage.Tests.Azure;

public sealed class StorageConnectionTests
{
    private const string Key = "c2VjcmV0LWtleS1ieXRlcy10aGF0LW11c3QtbmV2ZXItYmUtc2hvd24=";

    [Fact]
    public void Development_storage_means_Azurite_defaults()
    {
        var connection = StorageConnection.Parse("UseDevelopmentStorage=true");

        Assert.Equal(new Uri("http://127.0.0.1:10002/devstoreaccount1"), connection.TableEndpoint);
        Assert.Equal(new Uri("http://127.0.0.1:10001/devstoreaccount1"), connection.QueueEndpoint);
        Assert.Equal("devstoreaccount1", connection.SharedKey!.AccountName);
        Assert.Null(connection.Credential);
    }

    [Fact]
    public void Account_name_and_key_give_the_public_endpoints()
    {
        var connection = StorageConnection.Parse($"DefaultEndpointsProtocol=https;AccountName=acct;AccountKey={Key};EndpointSuffix=core.chinacloudapi.cn");

        Assert.Equal(new Uri("https://acct.table.core.chinacloudapi.cn"), connection.TableEndpoint);
        Assert.Equal(new Uri("https://acct.queue.core.chinacloudapi.cn"), connection.QueueEndpoint);
        Assert.Equal("acct", connection.SharedKey!.AccountName);
        Assert.Equal(new Uri("https://acct.table.core.windows.net"), StorageConnection.Parse($"AccountName=acct;AccountKey={Key}").TableEndpoint);
    }

    [Fact]
    public void Explicit_endpoints_win_and_lose_their_trailing_slash()
    {
        var connection = StorageConnection.Parse($"AccountName=devstoreaccount1;AccountKey={Key};TableEndpoint=http://127.0.0.1:5002/devstoreaccount1/;QueueEndpoint=http://127.0.0.1:5001/devstoreaccount1");

        Assert.Equal("http://127.0.0.1:5002/devstoreaccount1", connection.TableEndpoint!.AbsoluteUri);
        Assert.Equal("http://127.0.0.1:5001/devstoreaccount1", connection.QueueEndpoint!.AbsoluteUri);
    }

    [Theory]
    [InlineData("AccountName=acct")]
    [InlineData("AccountKey=" + Key)]
    [InlineData("AccountName=acct;AccountKey=not base64 secret!")]
    [InlineData("AccountName=acct;AccountKey=" + Key + ";DefaultEndpointsProtocol=ftp")]
    [InlineData("AccountName=acct;AccountKey=" + Key + ";TableEndpoint=relative/path")]
    [InlineData("AccountName=acct;SharedAccessSignature=sv=2020&sig=secret")]
    [InlineData("UseDevelopmentStorage=false")]
    [InlineData("garbage")]
    [InlineData("")]
    public void Bad_connection_strings_are_refused_without_echoing_secrets(string connectionString)
    {
        var error = Assert.Throws<FormatException>(() => StorageConnection.Parse(connectionString));

        Assert.DoesNotContain(Key, error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("secret", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ToString_names_endpoints_and_account_but_never_the_key()
    {
        var text = StorageConnection.Parse($"AccountName=acct;AccountKey={Key}").ToString();

        Assert.Contains("acct", text, StringComparison.Ordinal);
        Assert.DoesNotContain(Key, text, StringComparison.Ordinal);
        Assert.DoesNotContain(Key[..12], text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_connection_string_setting_is_used_as_is()
    {
        var connection = StorageConnection.FromSettings("AzureWebJobsStorage", new Dictionary<string, string?> { ["AzureWebJobsStorage"] = "UseDevelopmentStorage=true" });

        Assert.Equal("devstoreaccount1", connection!.SharedKey!.AccountName);
    }

    [Fact]
    public void An_account_name_without_a_key_selects_Entra_ID_with_the_default_credential()
    {
        var connection = StorageConnection.FromSettings("AzureWebJobsStorage", new Dictionary<string, string?> { ["AzureWebJobsStorage__accountName"] = "acct" });

        Assert.Equal(new Uri("https://acct.table.core.windows.net"), connection!.TableEndpoint);
        Assert.Equal(new Uri("https://acct.queue.core.windows.net"), connection.QueueEndpoint);
        Assert.Null(connection.SharedKey);
        Assert.IsType<DefaultAzureCredential>(connection.Credential);
    }

    [Fact]
    public void Managed_identity_with_a_client_id_and_explicit_service_URIs_are_honoured()
    {
        var seen = new List<(string?, string?)>();
        var settings = new Dictionary<string, string?>
        {
            ["Storage:tableServiceUri"] = "https://acct.table.core.windows.net/",
            ["Storage__queueServiceUri"] = "https://acct.queue.core.windows.net",
            ["Storage__credential"] = "managedidentity",
            ["Storage__clientId"] = "11111111-2222-3333-4444-555555555555",
        };

        var connection = StorageConnectionSettings.Read("Storage", name => settings.GetValueOrDefault(name), (credential, clientId) =>
        {
            seen.Add((credential, clientId));
            return new ManagedIdentityCredential(ManagedIdentityId.FromUserAssignedClientId(clientId!));
        });

        Assert.Equal([("managedidentity", "11111111-2222-3333-4444-555555555555")], seen);
        Assert.Equal(new Uri("https://acct.table.core.windows.net"), connection!.TableEndpoint);
        Assert.Equal(new Uri("https://acct.queue.core.windows.net"), connection.QueueEndpoint);
        Assert.IsType<ManagedIdentityCredential>(StorageConnectionSettings.CreateCredential("managedidentity", null));
        Assert.IsType<ManagedIdentityCredential>(StorageConnectionSettings.CreateCredential("managedidentity", "11111111-2222-3333-4444-555555555555"));
    }

    [Fact]
    public void Nothing_configured_means_no_connection_and_an_unknown_credential_is_refused()
    {
        Assert.Null(StorageConnection.FromSettings("AzureWebJobsStorage", new Dictionary<string, string?>()));
        Assert.Throws<FormatException>(() => StorageConnection.FromSettings("S", new Dictionary<string, string?> { ["S__accountName"] = "a", ["S__credential"] = "clientsecret" }));
    }

    [Fact]
    public void A_token_credential_connection_shows_only_its_type()
    {
        var connection = StorageConnection.WithCredential(new Uri("https://a.table.core.windows.net"), null, new StaticCredential());

        Assert.Equal("Tables=https://a.table.core.windows.net/; Queues=none; Auth=TokenCredential(StaticCredential)", connection.ToString());
    }

    private sealed class StaticCredential : TokenCredential
    {
        public override AccessToken GetToken(TokenRequestContext requestContext, CancellationToken cancellationToken) => new("t", DateTimeOffset.MaxValue);

        public override ValueTask<AccessToken> GetTokenAsync(TokenRequestContext requestContext, CancellationToken cancellationToken) => ValueTask.FromResult(GetToken(requestContext, cancellationToken));
    }
}
