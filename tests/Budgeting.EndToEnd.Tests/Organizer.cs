using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Budgeting.EndToEnd.Tests;

/// <summary>A process made for one test on the organizer pages, with one district and one category.</summary>
public sealed record TestProcess(int Id, string Name, string District, string DistrictBudget, string Category)
{
    /// <summary>The time zone the new-process form proposes, which the tests keep.</summary>
    public const string TimeZoneId = "America/Mexico_City";
}

/// <summary>
/// The seeded admin (an organizer) on a Spanish phone, signed in through the form, setting up processes the way an
/// organizer does: the demo process is in its voting phase, so tests about proposals need their own.
/// </summary>
public sealed partial class Organizer : IAsyncDisposable
{
    private static readonly ProposalText Text = ProposalText.Spanish;

    private readonly PhonePage phone;

    private Organizer(PhonePage phone) => this.phone = phone;

    public IPage Page => phone.Page;

    /// <summary>Signs in on the shared app as the seeded admin, unless another app or organizer is named.</summary>
    public static async Task<Organizer> SignInAsync(
        AppServer? app = null, string email = AppServer.AdminEmail, string password = AppServer.AdminPassword)
    {
        var phone = await Phone.OpenAsync(Phone.Spanish, app: app);
        try
        {
            await phone.GoToAsync("/organize");
            await SignInTests.SubmitSignInFormAsync(phone.Page, UiText.Spanish, email, password);
            await Expect(phone.Page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(UiText.Spanish.OrganizeTitle);
            return new Organizer(phone);
        }
        catch
        {
            await phone.DisposeAsync();
            throw;
        }
    }

    /// <summary>
    /// Creates a process named after <paramref name="label"/> (plus a random tag, since tests run side by side) with its
    /// proposed dates, adds a district and a category, and opens its proposals phase now for three days.
    /// </summary>
    public async Task<TestProcess> CreateProcessOpenForProposalsAsync(string label)
    {
        var tag = Guid.NewGuid().ToString("N")[..6];
        var name = $"Prueba {label} {tag}";
        var district = $"Colonia {label} {tag}";
        var category = $"Banquetas {tag}";
        var id = await CreateProcessWithDistrictAndCategoryAsync(name, district, "500000", category);

        await SectionTabs().GetByRole(AriaRole.Link, new() { Name = Text.PhaseTab, Exact = true }).ClickAsync();
        await Expect(Page).ToHaveURLAsync(new Regex($"/organize/processes/{id}/phase$"));
        await SetPhaseAsync(Text.PhaseProposals, "Abrimos las propuestas para la prueba de punta a punta.");
        return new TestProcess(id, name, district, "500,000.00 MXN", category);
    }

    /// <summary>Moves the process into the phase with the visible name <paramref name="phase"/> until three days from now.</summary>
    public async Task OverridePhaseAsync(int processId, string phase, string reason)
    {
        await phone.GoToAsync($"/organize/processes/{processId}/phase");
        await SetPhaseAsync(phase, reason);
    }

    public async ValueTask DisposeAsync() => await phone.DisposeAsync();

    /// <summary>
    /// Creates a process named <paramref name="name"/> with its proposed dates, adds one district with
    /// <paramref name="budget"/> (in pesos, as typed) and one category; ends on the categories tab and returns the id.
    /// </summary>
    private async Task<int> CreateProcessWithDistrictAndCategoryAsync(string name, string district, string budget, string category)
    {
        var page = Page;
        await phone.GoToAsync("/organize/processes/new");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(Text.NewProcessTitle);
        var processForm = page.Locator("form#process-form");
        await processForm.GetByLabel(Text.ProcessName, new() { Exact = true }).FillAsync(name);
        await processForm.GetByRole(AriaRole.Button, new() { Name = Text.CreateProcess, Exact = true }).ClickAsync();
        await Expect(page).ToHaveURLAsync(DistrictsPage());
        await Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync(ProposalText.Fill(Text.ProcessCreated, name));
        var id = int.Parse(DistrictsPage().Match(page.Url).Groups[1].Value, CultureInfo.InvariantCulture);

        var districtForm = page.Locator("form#district-form");
        await districtForm.GetByLabel(Text.DistrictName, new() { Exact = true }).FillAsync(district);
        await districtForm.GetByLabel(Text.DistrictBudget, new() { Exact = true }).FillAsync(budget);
        await districtForm.GetByRole(AriaRole.Button, new() { Name = Text.AddDistrict, Exact = true }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync(Text.Saved);
        await Expect(page.Locator("#district-list tbody input[name='Edit.Name']")).ToHaveValueAsync(district);

        await SectionTabs().GetByRole(AriaRole.Link, new() { Name = Text.CategoriesTab, Exact = true }).ClickAsync();
        var categoryForm = page.Locator("form#category-form");
        await categoryForm.GetByLabel(Text.CategoryName, new() { Exact = true }).FillAsync(category);
        await categoryForm.GetByRole(AriaRole.Button, new() { Name = Text.AddCategory, Exact = true }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync(Text.Saved);
        await Expect(page.Locator("#category-list input[name='Edit.Name']")).ToHaveValueAsync(category);
        return id;
    }

    private async Task SetPhaseAsync(string phase, string reason)
    {
        var page = Page;
        // "Until" is a date and time in the process's own time zone, as the hint under the field says.
        var zone = TimeZoneInfo.FindSystemTimeZoneById(TestProcess.TimeZoneId);
        var until = TimeZoneInfo.ConvertTimeFromUtc(DateTime.UtcNow.AddDays(3), zone);
        var form = page.Locator("form#phase-form");
        await form.GetByLabel(Text.OverrideTarget, new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = phase });
        await form.GetByLabel(Text.OverrideUntil, new() { Exact = true })
            .FillAsync(until.ToString("yyyy-MM-dd'T'HH:mm", CultureInfo.InvariantCulture));
        await form.GetByLabel(Text.OverrideReason, new() { Exact = true }).FillAsync(reason);
        await form.GetByRole(AriaRole.Button, new() { Name = Text.OverrideSubmit, Exact = true }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync(Text.Saved);
        await Expect(page.Locator("ol.timeline > li[aria-current='step'] strong")).ToHaveTextAsync(phase);
    }

    private ILocator SectionTabs() => Page.Locator("nav.tabs");

    [GeneratedRegex(@"/organize/processes/(\d+)/districts$")]
    private static partial Regex DistrictsPage();
}
