using Microsoft.Playwright;

namespace Budgeting.EndToEnd.Tests;

/// <summary>A fresh browser context that looks like a phone: 360×740 CSS pixels, 2× density, touch, the given locale.</summary>
public static class Phone
{
    public const int Width = 360;
    public const int Height = 740;

    public const string Spanish = "es-MX";
    public const string English = "en-US";

    /// <remarks>Pages open on the shared app unless <paramref name="app"/> names another one.</remarks>
    public static async Task<IBrowserContext> NewContextAsync(string locale, bool javaScriptEnabled = true, AppServer? app = null)
    {
        var context = await EndToEndSetUp.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = (app ?? EndToEndSetUp.App).BaseAddress.ToString(),
            ViewportSize = new ViewportSize { Width = Width, Height = Height },
            DeviceScaleFactor = 2,
            IsMobile = true,
            HasTouch = true,
            Locale = locale,
            JavaScriptEnabled = javaScriptEnabled,
        });
        context.SetDefaultTimeout(15_000);
        context.SetDefaultNavigationTimeout(30_000);
        return context;
    }

    /// <summary>A new page in a new phone context; disposing the returned value closes both.</summary>
    public static async Task<PhonePage> OpenAsync(string locale, bool javaScriptEnabled = true, AppServer? app = null)
    {
        var context = await NewContextAsync(locale, javaScriptEnabled, app);
        return new PhonePage(context, await context.NewPageAsync());
    }
}

public sealed class PhonePage(IBrowserContext context, IPage page) : IAsyncDisposable
{
    public IBrowserContext Context { get; } = context;

    public IPage Page { get; } = page;

    public async Task<IResponse> GoToAsync(string path)
    {
        var response = await Page.GotoAsync(path) ?? throw new InvalidOperationException($"No response for {path}.");
        Assert.That(response.Status, Is.EqualTo(200), $"GET {path} answered {response.Status}.");
        return response;
    }

    /// <summary>Opens the home page and follows the demo process's link, as a person would.</summary>
    public async Task GoToDemoProcessAsync()
    {
        await GoToAsync("/");
        await Page.GetByRole(AriaRole.Link, new() { Name = DemoProcess.Name, Exact = true }).ClickAsync();
        await Page.WaitForURLAsync(new System.Text.RegularExpressions.Regex(@"/processes/\d+$"));
    }

    public async ValueTask DisposeAsync() => await Context.CloseAsync();
}
