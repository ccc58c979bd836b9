using System.CommandLine;
namespace FootstepsTool.Commands;
internal static class DiffCommand { public static Command Create() => new("diff", "todo"); }
