using Courseware.Benchmarks;

// dotnet run -c Release --project tests/Courseware.Benchmarks -- --sizes 100,1000,10000   (see README.md)
var settings = BenchmarkSettings.Parse(args);
return new BenchmarkDriver(settings, Console.Out).Run();
