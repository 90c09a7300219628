namespace Budgeting.EndToEnd.Tests;

/// <summary>
/// An app a fixture starts for itself (when its tests would change what the shared one must keep), with a throwaway
/// folder for downloads. Stopping it prints the app's output when the app logged errors, then deletes the folder.
/// </summary>
public sealed class OwnAppServer : IAsyncDisposable
{
    private readonly string whose;

    private OwnAppServer(AppServer app, string downloads, string whose)
    {
        App = app;
        Downloads = downloads;
        this.whose = whose;
    }

    public AppServer App { get; }

    public string Downloads { get; }

    /// <summary>
    /// Starts an app; <paramref name="whose"/> names the tests in the error log ("the results tests'"), and
    /// <paramref name="downloadsPrefix"/> starts the downloads folder's name.
    /// </summary>
    public static async Task<OwnAppServer> StartAsync(string whose, string downloadsPrefix)
    {
        var app = await AppServer.StartAsync();
        try
        {
            return new OwnAppServer(app, Directory.CreateTempSubdirectory(downloadsPrefix).FullName, whose);
        }
        catch
        {
            await app.DisposeAsync();
            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            await App.StopAsync($"{whose} Budgeting.Web logged errors:");
        }
        finally
        {
            Directory.Delete(Downloads, recursive: true);
        }
    }
}
