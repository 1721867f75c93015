using PolicyScan.Benchmarks;

// The end-to-end benchmark: prints a table per corpus of the shared folder. Not a test: run it on purpose,
//   dotnet run -c Release --project bench/Benchmarks -- [path to shared] [terraform|cloudformation|plan]
//   dotnet run -c Release --project bench/Benchmarks -- generate-plan PATH [RESOURCES]   (writes the benchmark's plan only)
if (args is ["generate-plan", var planPath, ..])
{
    var count = PlanGenerator.Write(planPath, args.Length > 2 ? int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : 10_000);
    Console.WriteLine($"{planPath}: {count} resources, {new FileInfo(planPath).Length / 1_000_000.0:F1} MB");
    return 0;
}

var shared = args.Length > 0 ? args[0] : Environment.GetEnvironmentVariable("POLICYSCAN_SHARED") ?? Path.Combine("..", "shared");
if (!Directory.Exists(shared))
{
    Console.Error.WriteLine($"shared folder not found: {shared} (pass it as the first argument or set POLICYSCAN_SHARED)");
    return 2;
}

var only = args.Length > 1 ? args[1] : null;
if (only is null or "terraform")
{
    TerraformBenchmark.Run(Path.Combine(shared, "corpus", "tf-modules"), Console.Out);
    Console.WriteLine();
}

// The repository holds the CLI that the end-to-end comparisons run as a child process.
var repository = new DirectoryInfo(AppContext.BaseDirectory);
while (repository is not null && !File.Exists(Path.Combine(repository.FullName, "PolicyScan.sln")))
{
    repository = repository.Parent;
}

var repositoryRoot = repository?.FullName ?? Environment.CurrentDirectory;
if (only is null or "cloudformation")
{
    CloudFormationBenchmark.Run(Path.GetFullPath(Path.Combine(shared, "corpus", "cfn")), repositoryRoot, Console.Out);
    Console.WriteLine();
}

if (only is null or "plan")
{
    // A generated plan of 10,000 resources (about 100 MB), scanned in process and end to end.
    PlanBenchmark.Run(repositoryRoot, Console.Out);
}

return 0;
