// A five-line experiment: fit y = 3x by gradient descent and save the loss curve.
// Footsteps has already asked for a run name and written results/<name>/info.txt.
var learningRate = args.Length > 1 && args[0] == "--lr" ? double.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 0.1;
var weight = 0.0;
var losses = new List<string> { "step,loss" };
for (var step = 0; step < 20; step++)
{
    var gradient = 2 * (weight - 3.0);
    weight -= learningRate * gradient;
    losses.Add(FormattableString.Invariant($"{step},{(weight - 3.0) * (weight - 3.0):F6}"));
}
File.WriteAllLines(Footsteps.OutputDir + "loss.csv", losses);
Console.WriteLine(FormattableString.Invariant($"weight = {weight:F4}; loss curve in {Footsteps.OutputDir}loss.csv"));
