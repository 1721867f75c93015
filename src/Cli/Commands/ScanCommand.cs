using System.CommandLine;
using System.Collections.Immutable;
using PolicyScan.Cli.Output;
using PolicyScan.Parsers.Terraform.Evaluation;
using PolicyScan.Policies.Engine;

namespace PolicyScan.Cli.Commands;

/// <summary><c>policyscan scan [PATH...]</c>: runs every policy over the inputs and reports.</summary>
internal static class ScanCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var paths = PathsArgument.Create();
        var format = new Option<string>("--format") { Description = "Output format: text or json.", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "json");
        var failOn = new Option<string>("--fail-on") { Description = "Exit with 1 when a finding at or above this severity fails.", DefaultValueFactory = _ => "low" };
        failOn.AcceptOnlyFromAmong(SeverityNames.All);
        var requiredTags = new Option<string[]>("--required-tag") { Description = "A tag every taggable resource must carry (repeatable); enables the required-tags policy." };
        var allowedRegions = new Option<string[]>("--allowed-region") { Description = "A region resources may be deployed to (repeatable); enables the data-residency policy." };
        var retention = new Option<int?>("--min-log-retention-days") { Description = "The shortest acceptable log retention in days (default 365; HIPAA documentation is kept six years: 2192)." };
        var verbose = new Option<bool>("--verbose") { Description = "Also show unknown results and informational diagnostics." };
        var terraform = new TerraformInputOptions();
        var cloudFormation = new CloudFormationInputOptions();

        var command = new Command("scan", """
            Scan infrastructure code with every policy.

            Examples:
              policyscan scan examples/insecure/terraform
              policyscan scan infra/ --format json --fail-on high > results.json
              policyscan scan . --var environment=prod --var-file prod.tfvars
            """)
        {
            paths, format, failOn, requiredTags, allowedRegions, retention, verbose,
        };
        terraform.AddTo(command);
        cloudFormation.AddTo(command);
        command.SetAction(parseResult =>
        {
            var graph = InputReader.Read(parseResult.GetValue(paths) ?? [], terraform.ToOptions(parseResult), cloudFormation.ToOptions(parseResult));
            var settings = PolicySettings.Default with
            {
                RequiredTags = [.. parseResult.GetValue(requiredTags) ?? []],
                AllowedRegions = [.. parseResult.GetValue(allowedRegions) ?? []],
                MinimumLogRetentionDays = parseResult.GetValue(retention) ?? PolicySettings.Default.MinimumLogRetentionDays,
            };
            var result = PolicyRunner.Run(graph, PolicyCatalog.BuiltInPolicies, settings);
            var threshold = SeverityNames.Parse(parseResult.GetValue(failOn) ?? "low");
            var isVerbose = parseResult.GetValue(verbose);
            if (parseResult.GetValue(format) == "json")
            {
                ScanJsonWriter.Write(stdout, result);
            }
            else
            {
                TextReportWriter.Write(stdout, result, isVerbose);
            }

            DiagnosticPrinter.Print(stderr, result.Diagnostics, isVerbose);
            return ExitCodeOf(result, threshold);
        });
        return command;
    }

    /// <summary>1 for failures at or above the threshold; else 3 when some input could not be parsed; else 0.</summary>
    public static int ExitCodeOf(ScanResult result, Severity threshold) =>
        result.FailuresAtOrAbove(threshold).Any() ? ExitCodes.FindingsFailed
        : result.Diagnostics.Any(d => d.IsError) ? ExitCodes.InputError
        : ExitCodes.Success;
}
