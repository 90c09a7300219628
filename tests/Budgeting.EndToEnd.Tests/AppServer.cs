using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Reflection;
using System.Text;

namespace Budgeting.EndToEnd.Tests;

/// <summary>
/// The real Budgeting.Web, built by this project's build, started once as a child process on a free loopback port with a
/// throwaway SQLite file and the demo seed, and stopped (with its whole process tree) when the tests end.
/// </summary>
public sealed class AppServer : IAsyncDisposable
{
    public const string DemoPassword = "e2e-demo-password";

    /// <summary>The first admin, seeded from configuration; also an organizer.</summary>
    public const string AdminEmail = "admin@e2e.local";

    public const string AdminPassword = "e2e-admin-password";

    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(90);
    private static readonly HashSet<int> HandedOut = [];

    private readonly Process process;
    private readonly StringBuilder output;
    private readonly string tempFolder;
    private bool handedOver;

    private AppServer(Process process, StringBuilder output, string tempFolder, Uri baseAddress)
    {
        this.process = process;
        this.output = output;
        this.tempFolder = tempFolder;
        BaseAddress = baseAddress;
    }

    public Uri BaseAddress { get; }

    /// <summary>Where the app writes each e-mail it sends, as an .eml file (its pickup folder).</summary>
    public string MailFolder => MailFolderIn(tempFolder);

    public string Output
    {
        get
        {
            lock (output)
            {
                return output.ToString();
            }
        }
    }

    public static Task<AppServer> StartAsync() => StartAsync(Directory.CreateTempSubdirectory("budgeting-e2e-").FullName);

    /// <summary>
    /// Kills the app with SIGKILL (no shutdown of any kind), then starts it again, on a new port, on the same database
    /// file, key ring and folders; this instance is spent and the new one owns the folder.
    /// </summary>
    public async Task<AppServer> KillAndRestartAsync()
    {
        process.Kill();
        await process.WaitForExitAsync();
        handedOver = true;
        return await StartAsync(tempFolder);
    }

    private static async Task<AppServer> StartAsync(string tempFolder)
    {
        var webProject = Path.Combine(FindRepositoryRoot(), "src", "Budgeting.Web");
        var configuration = typeof(AppServer).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .Single(a => a.Key == "Configuration").Value;
        var dll = Path.Combine(webProject, "bin", configuration!, "net10.0", "Budgeting.Web.dll");
        if (!File.Exists(dll))
        {
            throw new InvalidOperationException(
                $"{dll} does not exist: build the solution (or this test project, which builds the app) in {configuration} first.");
        }

        var port = FreeLoopbackPort();
        var baseAddress = new Uri($"http://127.0.0.1:{port}/");
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = webProject,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(dll);
        start.ArgumentList.Add("--urls");
        start.ArgumentList.Add(baseAddress.ToString().TrimEnd('/'));
        start.ArgumentList.Add("--contentRoot");
        start.ArgumentList.Add(webProject);
        foreach (var inherited in new[] { "ASPNETCORE_ENVIRONMENT", "DOTNET_ENVIRONMENT", "ASPNETCORE_URLS", "DOTNET_URLS", "ASPNETCORE_HTTP_PORTS", "ASPNETCORE_HTTPS_PORTS" })
        {
            start.Environment.Remove(inherited);
        }
        var environment = new Dictionary<string, string>
        {
            ["ASPNETCORE_ENVIRONMENT"] = "Production",
            // Data protection keys and anything else the app keeps under HOME stay in the throwaway folder.
            ["HOME"] = tempFolder,
            ["ConnectionStrings__Budgeting"] = $"Data Source={Path.Combine(tempFolder, "budgeting.db")}",
            ["Database__ApplyMigrationsOnStartup"] = "true",
            ["Budgeting__Seed__Demo"] = "true",
            ["Budgeting__Seed__DemoPassword"] = DemoPassword,
            ["Budgeting__Seed__AdminEmail"] = AdminEmail,
            ["Budgeting__Seed__AdminPassword"] = AdminPassword,
            ["Budgeting__Email__PickupFolder"] = MailFolderIn(tempFolder),
            // Proposal photos go to the throwaway folder too, never into src/Budgeting.Web/uploads.
            ["Budgeting__Uploads__Folder"] = Path.Combine(tempFolder, "uploads"),
            ["Logging__LogLevel__Default"] = "Warning",
            ["Logging__LogLevel__Microsoft.Hosting.Lifetime"] = "Information",
            ["Logging__Console__FormatterName"] = "simple",
        };
        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        var output = new StringBuilder();
        var process = new Process { StartInfo = start };
        process.OutputDataReceived += (_, e) => Append(output, e.Data);
        process.ErrorDataReceived += (_, e) => Append(output, e.Data);
        if (!process.Start())
        {
            throw new InvalidOperationException($"Could not start dotnet {dll}.");
        }
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        var server = new AppServer(process, output, tempFolder, baseAddress);
        try
        {
            await server.WaitUntilHealthyAsync();
        }
        catch
        {
            await server.DisposeAsync();
            throw;
        }
        return server;
    }

    /// <summary>Stops the app, first printing its output under <paramref name="heading"/> if it logged an error.</summary>
    public async Task StopAsync(string heading)
    {
        var output = Output;
        if (output.Contains("fail:", StringComparison.Ordinal) || output.Contains("crit:", StringComparison.Ordinal))
        {
            await TestContext.Progress.WriteLineAsync($"{heading}\n{output}");
        }
        await DisposeAsync();
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
                using var wait = new CancellationTokenSource(TimeSpan.FromSeconds(15));
                await process.WaitForExitAsync(wait.Token);
            }
        }
        catch (InvalidOperationException)
        {
            // Already gone.
        }
        finally
        {
            process.Dispose();
            if (!handedOver)
            {
                DeleteFolder(tempFolder);
            }
        }
    }

    private async Task WaitUntilHealthyAsync()
    {
        using var http = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(5) };
        var clock = Stopwatch.StartNew();
        var last = "no answer yet";
        while (clock.Elapsed < StartTimeout)
        {
            if (process.HasExited)
            {
                var signal = process.ExitCode > 128 ? $" (killed by signal {process.ExitCode - 128})" : "";
                throw new InvalidOperationException(
                    $"Budgeting.Web exited with code {process.ExitCode}{signal} before /healthz answered. Its output:\n{Output}");
            }
            try
            {
                using var response = await http.GetAsync("/healthz");
                // Another app may answer on this port (two fixtures starting at once): only our process saying it
                // listens there proves the answer is ours.
                if (response.StatusCode == HttpStatusCode.OK && Output.Contains("Now listening on: " + BaseAddress.ToString().TrimEnd('/'), StringComparison.Ordinal))
                {
                    return;
                }
                last = $"/healthz answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}";
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
            {
                last = e.Message;
            }
            await Task.Delay(250);
        }
        throw new TimeoutException(
            $"Budgeting.Web did not answer 200 on {BaseAddress}healthz within {StartTimeout.TotalSeconds:0} s (last: {last}). Its output:\n{Output}");
    }

    private static void Append(StringBuilder output, string? line)
    {
        if (line is null)
        {
            return;
        }
        lock (output)
        {
            output.AppendLine(line);
        }
    }

    private static string MailFolderIn(string tempFolder) => Path.Combine(tempFolder, "mail");

    /// <summary>
    /// A loopback port the kernel calls free and that this test run has not handed out before: fixtures starting their
    /// apps at the same moment could otherwise be given the same port between its release and the app's bind.
    /// </summary>
    private static int FreeLoopbackPort()
    {
        lock (HandedOut)
        {
            while (true)
            {
                using var listener = new TcpListener(IPAddress.Loopback, 0);
                listener.Start();
                var port = ((IPEndPoint)listener.LocalEndpoint).Port;
                if (HandedOut.Add(port))
                {
                    return port;
                }
            }
        }
    }

    private static string FindRepositoryRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "Budgeting.sln")))
            {
                return folder.FullName;
            }
        }
        throw new InvalidOperationException($"No Budgeting.sln above {AppContext.BaseDirectory}.");
    }

    private static void DeleteFolder(string folder)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                if (Directory.Exists(folder))
                {
                    Directory.Delete(folder, recursive: true);
                }
                return;
            }
            catch (IOException) when (attempt < 5)
            {
                Thread.Sleep(200);
            }
        }
    }
}
