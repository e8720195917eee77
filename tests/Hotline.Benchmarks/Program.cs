using System.Runtime.InteropServices;
using Hotline.Benchmarks;

// ./hotline bench [--quick] …: one run on one PostgreSQL; exit 0 when it ran to the end (never judged on a number).
BenchOptions options;
try
{
    options = BenchOptions.Parse(args);
}
catch (Exception e) when (e is ArgumentException or FormatException)
{
    Console.Error.WriteLine(e.Message);
    Console.Error.WriteLine(BenchOptions.Usage);
    return 64;
}

using var stop = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    stop.Cancel();
};
using var term = PosixSignalRegistration.Create(PosixSignal.SIGTERM, context =>
{
    context.Cancel = true;
    stop.Cancel();
});

try
{
    if (options.Wave > 0)
    {
        await new WaveRun(options, new Report()).RunAsync(stop.Token);
    }
    else
    {
        await new BenchRun(options, new Report()).RunAsync(stop.Token);
    }

    return 0;
}
catch (OperationCanceledException) when (stop.IsCancellationRequested)
{
    Console.Error.WriteLine("[bench] stopped");
    return 130;
}
catch (Exception e)
{
    Console.Error.WriteLine($"[bench] the run broke: {e}");
    return 1;
}
