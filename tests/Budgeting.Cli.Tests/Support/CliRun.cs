namespace Budgeting.Cli.Tests.Support;

/// <summary>Runs the tool in-process, as the executable would, and finds the repository's Pabulib samples.</summary>
internal static class CliRun
{
    public static string SamplesDirectory { get; } = Path.Combine(FindRoot(), "samples", "pabulib");

    public static string Sample(string name) => Path.Combine(SamplesDirectory, name + ".pb");

    public static (int Code, string Stdout, string Stderr) Run(params string[] args)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var code = Cli.Run(args, stdout, stderr);
        return (code, stdout.ToString(), stderr.ToString());
    }

    private static string FindRoot()
    {
        var dir = new DirectoryInfo(TestContext.CurrentContext.TestDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Budgeting.sln")))
        {
            dir = dir.Parent;
        }
        return dir?.FullName ?? throw new InvalidOperationException("Budgeting.sln not found");
    }
}
