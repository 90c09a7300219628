using System.Runtime.ExceptionServices;
using Microsoft.Playwright;

namespace Budgeting.EndToEnd.Tests;

/// <summary>Starts the app and Chromium once for every test in the project, and stops both at the end.</summary>
[SetUpFixture]
public sealed class EndToEndSetUp
{
    public const string ChromiumPath = "/usr/bin/chromium";

    private static AppServer? app;
    private static IPlaywright? playwright;
    private static IBrowser? browser;

    public static AppServer App => app ?? throw new InvalidOperationException("The app is not running.");

    public static IBrowser Browser => browser ?? throw new InvalidOperationException("Chromium is not running.");

    [OneTimeSetUp]
    public async Task StartAsync()
    {
        // Pages are rendered by a real server on a busy two-core machine: wait up to 15 s for what a test expects to see.
        Assertions.SetDefaultExpectTimeout(15_000);
        // The app migrates and seeds while Chromium starts. NUnit skips the tear-down when this fails, so clean up here.
        var starting = AppServer.StartAsync();
        var failures = new List<Exception>();
        try
        {
            await LaunchChromiumAsync();
        }
        catch (Exception e)
        {
            failures.Add(e);
        }
        try
        {
            app = await starting;
        }
        catch (Exception e)
        {
            failures.Add(e);
        }
        if (failures.Count > 0)
        {
            await StopAsync();
            if (failures.Count == 1)
            {
                ExceptionDispatchInfo.Throw(failures[0]);
            }
            throw new AggregateException(failures);
        }
    }

    [OneTimeTearDown]
    public async Task StopAsync()
    {
        if (browser is not null)
        {
            await browser.CloseAsync();
            browser = null;
        }
        playwright?.Dispose();
        playwright = null;
        if (app is not null)
        {
            // A page that failed with a 500 shows up here as the app's own error log.
            await app.StopAsync("Budgeting.Web logged errors during the end-to-end tests:");
            app = null;
        }
    }

    private static async Task LaunchChromiumAsync()
    {
        try
        {
            playwright = await Playwright.CreateAsync();
            browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
            {
                ExecutablePath = ChromiumPath,
                Headless = true,
                Timeout = 60_000,
                Args =
                [
                    "--no-sandbox",
                    "--disable-gpu",
                    "--disable-dev-shm-usage",
                    "--disable-quic",
                    "--no-first-run",
                    "--disable-background-networking",
                    "--disable-component-update",
                    "--disable-sync",
                ],
            });
        }
        catch (Exception e)
        {
            throw new InvalidOperationException($"Playwright could not launch {ChromiumPath} headless: {e.Message}", e);
        }
    }
}
