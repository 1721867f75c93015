using PolicyScan.Cli;

return CliApplication.Run(args, Console.Out, Console.Error);
