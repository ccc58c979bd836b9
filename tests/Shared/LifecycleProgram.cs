namespace FootstepsBuild.Tests.Testing;

/// <summary>
/// A program that ends in whichever way its first argument asks for: the end-to-end suite
/// builds it for Linux, the Windows suite publishes it for win-x64.
/// </summary>
public static class LifecycleProgram
{
    public const string Code = """
        switch (args.FirstOrDefault())
        {
            case "exit3":
                Console.WriteLine("exiting with 3");
                return 3;
            case "throw":
                Console.WriteLine("about to fail");
                throw new InvalidOperationException("the experiment diverged");
            case "wait":
                Console.WriteLine("ready");
                Thread.Sleep(60_000);
                return 0;
            case "handle-ctrl-c":
                var interrupted = new ManualResetEventSlim();
                Console.CancelKeyPress += (_, e) => { e.Cancel = true; interrupted.Set(); };
                Console.WriteLine("ready");
                interrupted.Wait(60_000);
                Console.WriteLine("cleaned up after Ctrl-C");
                return 0;
            case "progress":
                for (var percent = 0; percent <= 100; percent += 25)
                    Console.Write($"\rtraining {percent}%");
                Console.WriteLine();
                Console.Error.WriteLine("a warning on stderr");
                Console.Write("no newline at the end");
                return 0;
            case "training-log":
                // A training loop that prints every step, then what the GC did meanwhile.
                for (var step = 0; step < 300_000; step++)
                    Console.WriteLine($"step {step} loss 0.25");
                File.WriteAllText(Footsteps.OutputDir + "gen2.txt", GC.CollectionCount(2).ToString());
                return 0;
            case "paths":
                File.WriteAllText(Footsteps.NextPath("loss", ".png"), "first");
                File.WriteAllText(Footsteps.NextPath("loss", "png"), "second");
                return 0;
            default:
                Console.WriteLine("hello");
                return 0;
        }
        """;
}
