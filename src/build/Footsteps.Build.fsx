// Footsteps.Build for F# scripts. F# Interactive loads this file when a script references the
// package (#r "nuget: Footsteps.Build"), before the script's own code: the run starts here,
// asking for its name, as a project's run starts before Main.
Footsteps.LaunchScript fsi.CommandLineArgs
