using System.CommandLine;
using PolicyScan.Cli.Configuration;
using PolicyScan.Cli.Scanning;

namespace PolicyScan.Cli.Commands;

/// <summary>
/// <c>--config FILE</c> and <c>--no-config</c>: which configuration file lays the settings the other groups' flags
/// then override. Without either, <c>.policyscan.yml</c> is looked for from the root upward (see
/// <see cref="ConfigurationDiscovery"/>). An invalid file stops the scan with every mistake listed (exit code 2).
/// </summary>
internal sealed class ConfigurationOptions : IScanOptionGroup
{
    private readonly Option<string> config = new("--config") { HelpName = "FILE", Description = "Read the configuration from this file instead of the .policyscan.yml found from the root upward." };
    private readonly Option<bool> noConfig = new("--no-config") { Description = "Read no configuration file." };

    public void AddTo(Command command)
    {
        command.Options.Add(config);
        command.Options.Add(noConfig);
    }

    public ScanSettings Apply(ParseResult parseResult, ScanSettings settings)
    {
        var explicitPath = parseResult.GetValue(config);
        if (explicitPath is { Length: > 0 } && parseResult.GetValue(noConfig))
        {
            throw new ScanUsageException(["--config and --no-config cannot be given together"]);
        }

        var path = explicitPath is { Length: > 0 } ? explicitPath : parseResult.GetValue(noConfig) ? null : ConfigurationDiscovery.Find(settings.Root);
        if (path is null)
        {
            return settings;
        }

        var file = ConfigurationFile.Read(path, settings.Root, out var errors);
        return file is null
            ? throw new ScanUsageException([.. errors.Select(e => e.ToString())], prefixed: false)
            : file.ApplyTo(settings);
    }
}
