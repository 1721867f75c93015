using PolicyScan.Benchmarks;

// The end-to-end benchmark: prints a table for the shared corpus. Not a test: run it on purpose,
//   dotnet run -c Release --project bench/Benchmarks -- [path to shared]
var shared = args.Length > 0 ? args[0] : Environment.GetEnvironmentVariable("POLICYSCAN_SHARED") ?? Path.Combine("..", "shared");
if (!Directory.Exists(shared))
{
    Console.Error.WriteLine($"shared folder not found: {shared} (pass it as the first argument or set POLICYSCAN_SHARED)");
    return 2;
}

TerraformBenchmark.Run(Path.Combine(shared, "corpus", "tf-modules"), Console.Out);
return 0;
