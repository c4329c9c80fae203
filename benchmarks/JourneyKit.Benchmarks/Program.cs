using BenchmarkDotNet.Running;

if (args is ["generate-events", ..])
{
    return JourneyKit.Benchmarks.Analytics.EventGenerator.Run(args[1..]);
}

if (args is ["generate-map", ..])
{
    return JourneyKit.Benchmarks.RenderProfile.GenerateMap(args[1..]);
}

if (args is ["profile-render", ..])
{
    return JourneyKit.Benchmarks.RenderProfile.Run(args[1..]);
}

BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
return 0;
