using AngleSharp.Dom;
using AngleSharp.Html.Dom;

namespace Budgeting.Web.Tests.Infrastructure;

/// <summary>The propose, edit and organizer's add-project pages share the proposal form's fields.</summary>
public sealed class ProposalFormPage(WebPage page, string formId = "proposal-form", string submitId = "proposal-submit")
{
    public WebPage Page => page;

    public bool HasForm => page.Document.GetElementById(formId) is not null;

    public string? Closed => page.Find("#proposals-closed")?.TextContent.Trim();

    /// <summary>The option text selected in the ballot (district) list, or null when none is.</summary>
    public string? SelectedBallot =>
        (page.Find($"#{formId} select[name='Input.Ballot']") as IHtmlSelectElement)?.Options
            .FirstOrDefault(o => o.IsSelected && o.Value.Length > 0)?.Text.Trim();

    public static async Task<ProposalFormPage> OpenProposeAsync(Browser browser, int processId) =>
        new(await browser.GetAsync($"/processes/{processId}/propose"));

    public static async Task<ProposalFormPage> OpenEditAsync(Browser browser, int proposalId) =>
        new(await browser.GetAsync($"/proposals/{proposalId}/edit"));

    public static async Task<ProposalFormPage> OpenAddProjectAsync(Browser browser, int processId) =>
        new(await browser.GetAsync($"/organize/processes/{processId}/projects"), "project-form", "project-submit");

    public Task<WebPage> SubmitAsync(ProposalValues v, UploadFile? photo = null)
    {
        var form = page.Form(formId)
            .Set("Input.Title", v.Title)
            .Set("Input.Description", v.Description)
            .Set("Input.Ballot", OptionValue("Input.Ballot", v.Ballot))
            .Set("Input.CategoryId", OptionValue("Input.CategoryId", v.Category))
            .Set("Input.EstimatedCost", v.EstimatedCost)
            .Set("Input.Location", v.Location);
        if (photo is not null)
        {
            form.Attach("Input.Photo", photo);
        }
        return form.SubmitAsync(submitId);
    }

    private string OptionValue(string select, string text) =>
        (page.Find($"#{formId} select[name='{select}']") as IHtmlSelectElement)?.Options
            .FirstOrDefault(o => o.Text.Trim() == text && text.Length > 0)?.Value ?? text;
}

public sealed class ProposalPage(WebPage page)
{
    public WebPage Page => page;

    public int Id => int.Parse(page.Url.AbsolutePath.Split('/')[2], System.Globalization.CultureInfo.InvariantCulture);

    public string Status => page.Find(".status-badge")?.TextContent.Trim() ?? "";

    public string? PhotoUrl => page.Find("img.photo")?.GetAttribute("src");

    public string? RulingReason => page.Find("#ruling p")?.TextContent.Trim();

    public IElement? MergedIntoLink => page.Find("#ruling a");

    public string? FinalCost => page.Find("#final-cost")?.TextContent.Trim();

    public bool CanEdit => page.Find("#edit-proposal") is not null;

    public static async Task<ProposalPage> OpenAsync(Browser browser, int id) => new(await browser.GetAsync($"/proposals/{id}"));
}

public sealed class ProposalListPage(WebPage page)
{
    public WebPage Page => page;

    public IReadOnlyList<string> Titles => page.Texts("#proposals h2 a");

    public static async Task<ProposalListPage> OpenAsync(Browser browser, int processId) =>
        new(await browser.GetAsync($"/processes/{processId}/proposals"));

    /// <summary>Filters by the visible option texts; null leaves a filter at «Todas».</summary>
    public async Task<ProposalListPage> FilterAsync(string? district = null, string? category = null, string? status = null)
    {
        var form = page.Form("proposal-filters");
        foreach (var (name, text) in new[] { ("district", district), ("category", category), ("status", status) })
        {
            if (text is not null)
            {
                var select = (IHtmlSelectElement)page.Find($"#proposal-filters select[name='{name}']")!;
                form.Set(name, select.Options.Single(o => o.Text.Trim() == text).Value);
            }
        }
        return new(await form.SubmitAsync("filter-submit"));
    }
}

public sealed class RulePage(WebPage page)
{
    public WebPage Page => page;

    public IReadOnlyList<string> MergeTargets =>
        page.Document.QuerySelectorAll("#ruling-form select[name='Input.MergeInto'] option").Skip(1).Select(o => o.TextContent.Trim()).ToList();

    public bool HasForm => page.Find("#ruling-form") is not null;

    public static async Task<RulePage> OpenAsync(Browser browser, int proposalId) =>
        new(await browser.GetAsync($"/review/proposals/{proposalId}"));

    /// <summary>Decision is Feasible, NotFeasible or Merge; <paramref name="mergeInto"/> is a proposal id.</summary>
    public Task<WebPage> RuleAsync(string decision, string reason, string? finalCost = null, int? mergeInto = null)
    {
        var form = page.Form("ruling-form").Set("Input.Decision", decision).Set("Input.Reason", reason);
        if (finalCost is not null)
        {
            form.Set("Input.FinalCost", finalCost);
        }
        if (mergeInto is { } id)
        {
            form.Set("Input.MergeInto", id.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }
        return form.SubmitAsync("ruling-submit");
    }
}

public sealed class ReviewQueuePage(WebPage page)
{
    public WebPage Page => page;

    public IReadOnlyList<string> Titles => page.Texts(".review-queue tbody td a");

    public static async Task<ReviewQueuePage> OpenAsync(Browser browser, int processId) =>
        new(await browser.GetAsync($"/review/processes/{processId}"));
}

public sealed class MyProposalsPage(WebPage page)
{
    public WebPage Page => page;

    public IReadOnlyList<(string Title, string Status, string? Reason)> Rows =>
        page.Document.QuerySelectorAll("#my-proposals > li")
            .Select(li => (li.QuerySelector("h2")!.TextContent.Trim(), li.QuerySelector(".status-badge")!.TextContent.Trim(),
                li.QuerySelectorAll("p").Skip(2).FirstOrDefault()?.TextContent.Trim()))
            .ToList();

    public static async Task<MyProposalsPage> OpenAsync(Browser browser) => new(await browser.GetAsync("/my/proposals"));
}

/// <summary>The public list of ballot projects, /processes/{id}/projects.</summary>
public sealed class BallotProjectsPage(WebPage page)
{
    public WebPage Page => page;

    public IReadOnlyList<(string Title, string Cost)> Projects =>
        page.Document.QuerySelectorAll("ul.projects > li")
            .Select(li => (li.QuerySelector("h3")!.TextContent.Trim(), li.QuerySelectorAll("p").Last().TextContent.Trim()))
            .ToList();

    public static async Task<BallotProjectsPage> OpenAsync(Browser browser, int processId) =>
        new(await browser.GetAsync($"/processes/{processId}/projects"));
}
