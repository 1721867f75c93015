using System.Collections.Immutable;
using System.CommandLine;
using PolicyScan.Cli.Output;
using PolicyScan.Cli.Scanning;

namespace PolicyScan.Cli.Commands;

/// <summary><c>policyscan scan [PATH...]</c>: runs the policies over the inputs and writes the requested outputs.</summary>
internal static class ScanCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var paths = PathsArgument.Create();
        var outputs = new OutputOptions();
        var terraform = new TerraformInputOptions();
        var cloudFormation = new CloudFormationInputOptions();
        var plan = new PlanInputOptions();
        IScanOptionGroup[] groups =
        [
            new RootOption(),
            new ConfigurationOptions(),
            new PolicySettingsOptions(),
            new GateOptions(),
            new SuppressionSourceOptions(),
            new VerbosityOptions(),
            new FrameworkOption(),
            new TextOutputOptions(),
            new IgnoredFilesOptions(),
            new BaselineOptions(),
        ];

        var command = new Command("scan", $"""
            Scan infrastructure code (Terraform, CloudFormation and SAM templates) with every policy.

            Examples:
              policyscan scan examples/insecure/terraform
              policyscan scan infra/ --format sarif --output results.sarif --format text
              policyscan scan infra/ --format json --fail-on high > results.json
              policyscan scan . --var environment=prod --var-file prod.tfvars
              policyscan scan templates/ --parameter-file prod-params.json --region eu-west-1
              terraform show -json tfplan > plan.json && policyscan scan plan.json --fail-on high
              policyscan scan . --compact --verbose
              policyscan scan . --include-ignored
              policyscan scan . --config ci/policyscan.yml
              policyscan scan . --create-baseline policyscan-baseline.json   # adopt the gate without fixing everything first
              policyscan scan . --baseline policyscan-baseline.json          # then report only new failures

            {CliApplication.ExitCodeHelp}
            """)
        {
            paths,
        };
        outputs.AddTo(command);
        foreach (var group in groups)
        {
            group.AddTo(command);
        }

        terraform.AddTo(command);
        cloudFormation.AddTo(command);
        plan.AddTo(command);
        command.SetAction(parseResult =>
        {
            if (!outputs.TryGetTargets(parseResult, out var targets, out var usageError))
            {
                stderr.WriteLine($"policyscan: {usageError}");
                return ExitCodes.UsageError;
            }

            var settings = new ScanSettings
            {
                Paths = [.. parseResult.GetValue(paths) ?? []],
                Terraform = terraform.ToOptions(parseResult),
                CloudFormation = cloudFormation.ToOptions(parseResult),
                Plan = plan.ToOptions(parseResult),
            };
            ScanReport report;
            try
            {
                foreach (var group in groups)
                {
                    settings = group.Apply(parseResult, settings);
                }

                using (ProgressIndicator.Start(stderr, $"Scanning {Describe(settings.Paths)}...", settings.Quiet))
                {
                    report = ScanPipeline.Run(settings);
                }
            }
            catch (ScanUsageException exception)
            {
                foreach (var line in exception.Lines)
                {
                    stderr.WriteLine(line);
                }

                return ExitCodes.UsageError;
            }

            if (!WriteOutputs(report, targets, stdout, stderr))
            {
                return ExitCodes.UsageError;
            }

            if (settings.Verbose)
            {
                SkippedPrinter.Print(stderr, report.Result.Graph.Skipped);
            }

            DiagnosticPrinter.Print(stderr, report.Diagnostics, settings.Verbose, settings.Quiet);
            if (!BaselineOptions.Complete(report, stderr))
            {
                return ExitCodes.UsageError;
            }

            return ExitCodePolicy.Of(report);
        });
        return command;
    }

    private static string Describe(ImmutableArray<string> paths) => paths.Length switch
    {
        0 => ".",
        1 => paths[0],
        _ => $"{paths.Length} paths",
    };

    /// <summary>Writes each requested output; false (after saying why) when a file cannot be written.</summary>
    private static bool WriteOutputs(ScanReport report, ImmutableArray<OutputTarget> targets, TextWriter stdout, TextWriter stderr)
    {
        foreach (var target in targets)
        {
            var writer = ReportWriters.Find(target.Format)!;
            if (target.Path is null)
            {
                writer.Write(report, stdout, OutputContext.ForStandardOutput(stdout));
                continue;
            }

            try
            {
                var full = Path.GetFullPath(target.Path);
                Directory.CreateDirectory(Path.GetDirectoryName(full)!);
                using var file = new StreamWriter(full, append: false, new System.Text.UTF8Encoding(encoderShouldEmitUTF8Identifier: false)) { NewLine = "\n" };
                writer.Write(report, file, OutputContext.File);
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
            {
                stderr.WriteLine($"policyscan: cannot write {target.Path}: {exception.Message}");
                return false;
            }
        }

        return true;
    }
}
