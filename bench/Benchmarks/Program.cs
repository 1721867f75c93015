using PolicyScan.Benchmarks;

// The end-to-end benchmark: prints a table per corpus of the shared folder. Not a test: run it on purpose,
//   dotnet run -c Release --project bench/Benchmarks -- [path to shared] [terraform|cloudformation]
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

if (only is null or "cloudformation")
{
    // The repository holds the CLI that the end-to-end comparison runs as a child process.
    var repository = new DirectoryInfo(AppContext.BaseDirectory);
    while (repository is not null && !File.Exists(Path.Combine(repository.FullName, "PolicyScan.sln")))
    {
        repository = repository.Parent;
    }

    CloudFormationBenchmark.Run(Path.GetFullPath(Path.Combine(shared, "corpus", "cfn")), repository?.FullName ?? Environment.CurrentDirectory, Console.Out);
}

return 0;
