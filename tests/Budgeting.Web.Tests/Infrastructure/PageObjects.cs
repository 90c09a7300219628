namespace Budgeting.Web.Tests.Infrastructure;

public sealed class LoginPage(WebPage page)
{
    public WebPage Page => page;

    public static async Task<LoginPage> OpenAsync(Browser browser, string? returnUrl = null) =>
        new(await browser.GetAsync(returnUrl is null ? "/account/login" : $"/account/login?returnUrl={Uri.EscapeDataString(returnUrl)}"));

    /// <summary>Signs in; for an account whose authenticator key the browser knows, answers the second step too.</summary>
    public async Task<WebPage> SignInAsync(string email, string password)
    {
        var after = await page.Form("account").Set("Input.Email", email).Set("Input.Password", password).SubmitAsync("login-submit");
        return after.Url.AbsolutePath == "/account/login-2fa" && page.Browser.TwoFactorKeys?.For(email) is { } key
            ? await after.Form("two-factor").Set("Input.Code", Totp.Now(key)).SubmitAsync("two-factor-submit")
            : after;
    }
}

public sealed class RegisterPage(WebPage page)
{
    public WebPage Page => page;

    public static async Task<RegisterPage> OpenAsync(Browser browser) => new(await browser.GetAsync("/account/register"));

    public Task<WebPage> SubmitAsync(string displayName, string email, string password, string? confirm = null) =>
        page.Form("register")
            .Set("Input.DisplayName", displayName)
            .Set("Input.Email", email)
            .Set("Input.Password", password)
            .Set("Input.ConfirmPassword", confirm ?? password)
            .SubmitAsync("register-submit");
}

/// <summary>The create and the edit page share #process-form.</summary>
public sealed class CreateProcessPage(WebPage page)
{
    public WebPage Page => page;

    public static async Task<CreateProcessPage> OpenAsync(Browser browser) =>
        new(await browser.GetAsync("/organize/processes/new"));

    public static async Task<CreateProcessPage> OpenEditAsync(Browser browser, int id) =>
        new(await browser.GetAsync($"/organize/processes/{id}/edit"));

    public Task<WebPage> SubmitAsync(ProcessValues v) =>
        page.Form("process-form")
            .Set("Input.Name", v.Name)
            .Set("Input.Description", v.Description)
            .Set("Input.TimeZoneId", v.TimeZoneId)
            .Set("Input.CurrencyCode", v.CurrencyCode)
            .Set("Input.CityWideBudget", v.CityWideBudget)
            .Set("Input.ProposalsOpen", v.ProposalsOpen)
            .Set("Input.ReviewOpen", v.ReviewOpen)
            .Set("Input.VotingOpen", v.VotingOpen)
            .Set("Input.VotingClose", v.VotingClose)
            .SubmitAsync("process-submit");
}

public sealed class DistrictsPage(WebPage page)
{
    public WebPage Page => page;

    public int ProcessId => int.Parse(page.Url.AbsolutePath.Split('/')[3], System.Globalization.CultureInfo.InvariantCulture);

    public IReadOnlyList<string> Names =>
        page.Document.QuerySelectorAll("#district-list input[name='Edit.Name']").Select(e => e.GetAttribute("value") ?? "").ToList();

    public static async Task<DistrictsPage> OpenAsync(Browser browser, int id) =>
        new(await browser.GetAsync($"/organize/processes/{id}/districts"));

    public async Task<DistrictsPage> AddAsync(string? name, string? budget) =>
        new(await page.Form("district-form").Set("NewDistrict.Name", name).Set("NewDistrict.Budget", budget).SubmitAsync("district-submit"));

    public async Task<DistrictsPage> UpdateAsync(string currentName, string? name, string? budget)
    {
        var input = page.Document.QuerySelectorAll("#district-list input[name='Edit.Name']")
            .Single(e => e.GetAttribute("value") == currentName);
        var formId = input.Closest("form")!.Id!;
        return new(await page.Form(formId).Set("Edit.Name", name).Set("Edit.Budget", budget).SubmitAsync());
    }
}

public sealed class PhasePage(WebPage page)
{
    public WebPage Page => page;

    public static async Task<PhasePage> OpenAsync(Browser browser, int id) =>
        new(await browser.GetAsync($"/organize/processes/{id}/phase"));

    public Task<WebPage> OverrideAsync(string target, string? until, string? reason) =>
        page.Form("phase-form").Set("Input.Target", target).Set("Input.Until", until).Set("Input.Reason", reason)
            .SubmitAsync("phase-submit");
}

public sealed class AuditPage(WebPage page)
{
    public WebPage Page => page;

    public static async Task<AuditPage> OpenAsync(Browser browser, int? processId = null) =>
        new(await browser.GetAsync(processId is null ? "/admin/audit" : $"/admin/audit?processId={processId}"));

    public IReadOnlyList<(string Who, string What, string Details)> Entries =>
        page.Document.QuerySelectorAll("#audit tbody tr")
            .Select(r => r.QuerySelectorAll("td").Select(c => c.TextContent.Trim()).ToArray())
            .Select(c => (c[1], c[2], c[3]))
            .ToList();
}

public sealed class HomePage(WebPage page)
{
    public WebPage Page => page;

    public static async Task<HomePage> OpenAsync(Browser browser) => new(await browser.GetAsync("/"));

    public IReadOnlyList<string> ProcessNames => page.Texts("#processes h2");

    public Task<WebPage> SwitchLanguageAsync(string culture) => page.Form("language-form").SubmitAsync(buttonValue: culture);
}

public sealed class ProcessPage(WebPage page)
{
    public WebPage Page => page;

    public static async Task<ProcessPage> OpenAsync(Browser browser, int id) => new(await browser.GetAsync($"/processes/{id}"));

    public IReadOnlyList<(string Name, string Budget)> Districts =>
        page.Document.QuerySelectorAll("#districts tbody tr")
            .Select(r => r.QuerySelectorAll("td").Select(c => c.TextContent.Trim()).ToArray())
            .Select(c => (c[0], c[1]))
            .ToList();

    public string CurrentPhase => page.Find("#phases li[aria-current='step'] strong")?.TextContent.Trim() ?? "";

    public string Badge => page.Find(".phase")?.TextContent.Trim() ?? "";
}

public sealed class CategoriesPage(WebPage page)
{
    public WebPage Page => page;

    public IReadOnlyList<string> Names =>
        page.Document.QuerySelectorAll("#category-list input[name='Edit.Name']").Select(e => e.GetAttribute("value") ?? "").ToList();

    public static async Task<CategoriesPage> OpenAsync(Browser browser, int id) =>
        new(await browser.GetAsync($"/organize/processes/{id}/categories"));

    public async Task<CategoriesPage> AddAsync(string? name) =>
        new(await page.Form("category-form").Set("NewCategory.Name", name).SubmitAsync("category-submit"));

    public async Task<CategoriesPage> RenameAsync(string currentName, string? name)
    {
        var form = RowOf(currentName).QuerySelector("input[name='Edit.Name']")!.Closest("form")!;
        return new(await new HtmlForm(page, (AngleSharp.Html.Dom.IHtmlFormElement)form).Set("Edit.Name", name).SubmitAsync());
    }

    public async Task<CategoriesPage> RemoveAsync(string currentName)
    {
        var form = RowOf(currentName).QuerySelectorAll("form").Last();
        return new(await new HtmlForm(page, (AngleSharp.Html.Dom.IHtmlFormElement)form).SubmitAsync());
    }

    private AngleSharp.Dom.IElement RowOf(string name) =>
        page.Document.QuerySelectorAll("#category-list > li")
            .Single(li => li.QuerySelector("input[name='Edit.Name']")?.GetAttribute("value") == name);
}
