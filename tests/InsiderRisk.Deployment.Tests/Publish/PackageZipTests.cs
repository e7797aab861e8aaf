using System.IO.Compression;

namespace InsiderRisk.Deployment.Tests.Publish;

/// <summary>The zip azd deploys: the publish folder as it is, with the handler's execute bit kept.</summary>
[Collection(PublishCollection.Name)]
public sealed class PackageZipTests(PublishFixture publish)
{
    [Fact]
    public void The_zip_holds_every_file_of_the_app_folder_at_its_root()
    {
        using var zip = ZipFile.OpenRead(publish.ZipPath);
        var entries = zip.Entries.Where(entry => !entry.FullName.EndsWith('/')).Select(entry => entry.FullName).Order(StringComparer.Ordinal);
        var files = Directory.EnumerateFiles(publish.AppDirectory, "*", SearchOption.AllDirectories)
            .Select(path => Path.GetRelativePath(publish.AppDirectory, path).Replace('\\', '/'))
            .Order(StringComparer.Ordinal);

        Assert.Equal(files, entries);
        Assert.Contains("host.json", entries);
    }

    [Fact]
    public void The_handler_stays_executable_in_the_zip()
    {
        var handler = Path.GetRelativePath(publish.AppDirectory, PublishedHandler.PathIn(publish.AppDirectory)).Replace('\\', '/');
        using var zip = ZipFile.OpenRead(publish.ZipPath);
        var entry = zip.GetEntry(handler);

        Assert.NotNull(entry);
        // Unix mode bits are the upper 16 bits of the external attributes.
        var mode = (UnixFileMode)((entry.ExternalAttributes >> 16) & 0x1FF);
        Assert.True(mode.HasFlag(UnixFileMode.UserExecute) && mode.HasFlag(UnixFileMode.OtherExecute), $"{handler} has mode {mode} in the zip.");
    }
}
