using System.CommandLine;
namespace FootstepsTool.Commands;
internal static class VerifyCommand { public static Command Create() => new("verify", "todo"); }
