namespace PolicyScan.Cli.Tests;

/// <summary>Command-line conventions: --version, and help with examples for every command.</summary>
public sealed class ConventionTests
{
    [Test]
    public void Version_prints_the_name_and_the_version_reports_state()
    {
        var (code, stdout, _) = CliRunner.Run("--version");
        Assert.That(code, Is.EqualTo(ExitCodes.Success));
        Assert.That(stdout.Trim(), Does.Match(@"^policyscan \d+\.\d+\.\d+(-[0-9A-Za-z.-]+)?$"));
        Assert.That(stdout.Trim(), Is.EqualTo($"policyscan {Scanning.ToolVersion.Tool}"));
    }

    [TestCase]
    [TestCase("scan")]
    [TestCase("graph")]
    [TestCase("list-policies")]
    [TestCase("explain")]
    public void Help_of_every_command_has_examples(params string[] command)
    {
        var (code, stdout, _) = CliRunner.Run([.. command, "--help"]);
        Assert.That(code, Is.EqualTo(ExitCodes.Success));
        Assert.That(stdout, Does.Contain("Examples:"));
        Assert.That(stdout, Does.Contain("  policyscan " + (command.Length == 0 ? "scan" : command[0])));
    }
}
