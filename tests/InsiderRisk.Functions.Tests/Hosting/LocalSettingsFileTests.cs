using InsiderRisk.Functions.Hosting;
using Microsoft.Extensions.Configuration;

namespace InsiderRisk.Functions.Tests.Hosting;

public sealed class LocalSettingsFileTests : IDisposable
{
    private readonly string path = Path.Combine(Directory.CreateTempSubdirectory("insiderrisk-settings-").FullName, LocalSettingsFile.FileName);

    public void Dispose() => Directory.Delete(Path.GetDirectoryName(path)!, recursive: true);

    [Fact]
    public void Values_fill_only_what_is_not_already_set_and_double_underscores_nest()
    {
        File.WriteAllText(path, """
            { "IsEncrypted": false,
              "Values": { "Auth__Mode": "Development", "Risk__WindowDays": 30, "Sweeper__Schedule": "0 */1 * * * *" } }
            """);
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection([KeyValuePair.Create("Sweeper:Schedule", (string?)"0 */9 * * * *")]).Build();

        var missing = LocalSettingsFile.ReadMissing(path, configuration);

        Assert.Equal("Development", missing["Auth:Mode"]);
        Assert.Equal("30", missing["Risk:WindowDays"]);
        Assert.False(missing.ContainsKey("Sweeper:Schedule"));
    }

    [Fact]
    public void No_file_adds_nothing()
    {
        Assert.Empty(LocalSettingsFile.ReadMissing(path, new ConfigurationBuilder().Build()));
    }

    [Fact]
    public void A_malformed_file_stops_the_start_naming_it()
    {
        File.WriteAllText(path, "{ \"Values\": ");

        var error = Assert.Throws<InvalidOperationException>(() => LocalSettingsFile.ReadMissing(path, new ConfigurationBuilder().Build()));

        Assert.Contains(LocalSettingsFile.FileName, error.Message, StringComparison.Ordinal);
    }
}
