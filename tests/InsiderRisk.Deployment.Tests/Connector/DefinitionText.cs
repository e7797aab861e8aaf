namespace InsiderRisk.Deployment.Tests.Connector;

/// <summary>Compares the checked-in definition with a generated one and says where they part.</summary>
public static class DefinitionText
{
    public static void AssertSame(string expected, string actual, string source)
    {
        expected = expected.ReplaceLineEndings("\n");
        actual = actual.ReplaceLineEndings("\n");
        if (string.Equals(expected, actual, StringComparison.Ordinal))
        {
            return;
        }

        var expectedLines = expected.Split('\n');
        var actualLines = actual.Split('\n');
        var line = 0;
        while (line < expectedLines.Length && line < actualLines.Length && expectedLines[line] == actualLines[line])
        {
            line++;
        }

        Assert.Fail(
            $"{Support.Repository.ConnectorDefinition} is not what {source} generates (first difference at line {line + 1}):\n" +
            $"  checked in: {(line < expectedLines.Length ? expectedLines[line].Trim() : "(end of file)")}\n" +
            $"  generated:  {(line < actualLines.Length ? actualLines[line].Trim() : "(end of file)")}\n" +
            $"Regenerate it from the repository root and commit the result:\n  {Support.Repository.RegenerateCommand}");
    }
}
