namespace Budgeting.Web.Tests.Infrastructure;

/// <summary>The folder holding Budgeting.sln, found by walking up from the test binaries.</summary>
public static class RepoRoot
{
    public static string Path { get; } = Find();

    private static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(dir.FullName, "Budgeting.sln")))
            {
                return dir.FullName;
            }
        }
        throw new InvalidOperationException("Budgeting.sln not found above " + AppContext.BaseDirectory);
    }
}
