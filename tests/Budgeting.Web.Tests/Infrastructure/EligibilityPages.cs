using System.Globalization;
using System.Text;
using AngleSharp.Html.Dom;

namespace Budgeting.Web.Tests.Infrastructure;

/// <summary>The organizer's eligibility page, /organize/processes/{id}/eligibility: the mode form and the census upload.</summary>
public sealed class EligibilityPage(WebPage page)
{
    public WebPage Page => page;

    public static async Task<EligibilityPage> OpenAsync(Browser browser, int processId) =>
        new(await browser.GetAsync($"/organize/processes/{processId}/eligibility"));

    /// <summary>The checked mode radio, or null.</summary>
    public string? CheckedMode => page.Document.QuerySelectorAll("#eligibility-form input[name='Mode']")
        .OfType<IHtmlInputElement>().FirstOrDefault(i => i.IsChecked)?.Value;

    /// <summary>The census summary: district, entries, matched accounts.</summary>
    public IReadOnlyList<(string District, string Entries, string Matched)> Census =>
        page.Document.QuerySelectorAll("#census-summary tbody tr")
            .Select(r => r.QuerySelectorAll("td").Select(c => c.TextContent.Trim()).ToArray())
            .Select(c => (c[0], c[1], c[2]))
            .ToList();

    public IReadOnlyList<string> CensusErrors => page.Texts("#census-errors li");

    public Task<WebPage> ChangeAsync(string mode, bool allowSameKeyerTwice)
    {
        var form = page.Form("eligibility-form").Set("Mode", mode).Set("AllowSameKeyerTwice", allowSameKeyerTwice ? "true" : "false");
        return page.Find("#eligibility-submit") is null ? form.SubmitAsync() : form.SubmitAsync("eligibility-submit");
    }

    /// <summary>Uploads a census list as a browser would send the file field of #census-form.</summary>
    public Task<WebPage> ImportAsync(string csv, string fileName = "padron.csv") =>
        page.Form("census-form").Attach("file", new UploadFile(fileName, "text/csv", Encoding.UTF8.GetBytes(csv))).SubmitAsync("census-submit");
}

/// <summary>The organizer's codes page, /organize/processes/{id}/codes: issue a batch, download it.</summary>
public sealed class CodesPage(WebPage page)
{
    public WebPage Page => page;

    public static async Task<CodesPage> OpenAsync(Browser browser, int processId) =>
        new(await browser.GetAsync($"/organize/processes/{processId}/codes"));

    /// <summary>The batch ids listed, newest first.</summary>
    public IReadOnlyList<long> BatchIds => page.Document.QuerySelectorAll("#batches tbody tr")
        .Select(r => long.Parse(r.Id!["batch-".Length..], CultureInfo.InvariantCulture)).ToList();

    public async Task<CodesPage> IssueAsync(int? districtId, string count) =>
        new(await page.Form("codes-form")
            .Set("DistrictId", districtId?.ToString(CultureInfo.InvariantCulture) ?? "")
            .Set("Count", count)
            .SubmitAsync("codes-submit"));

    public string DownloadUrl(long batchId, string format) =>
        page.Find($"#batch-{batchId} a.download-{format}")?.GetAttribute("href")
        ?? throw new AssertionException($"No {format} link for batch {batchId}.");
}

/// <summary>Voting with a code: /code and /c/{code}; the issued codes, as the organizer's CSV lists them.</summary>
public static class CodeVoting
{
    /// <summary>Issues <paramref name="count"/> codes for the district through the codes page and reads them back from the CSV download.</summary>
    public static async Task<IReadOnlyList<string>> IssueAsync(Browser organizer, int processId, int districtId, int count)
    {
        var page = await (await CodesPage.OpenAsync(organizer, processId)).IssueAsync(districtId, count.ToString(CultureInfo.InvariantCulture));
        Assert.That(page.Page.Errors, Is.Empty, "codes refused");
        var csv = await organizer.GetWithoutRedirectAsync(page.DownloadUrl(page.BatchIds[0], "csv"));
        var lines = (await csv.Content.ReadAsStringAsync()).TrimStart('\uFEFF').Split('\n', StringSplitOptions.RemoveEmptyEntries);
        return lines.Skip(1).Select(l => l.Split(',')[0]).ToList();
    }

    /// <summary>Types the code on /code and sends it; returns where the browser lands (the ballot when accepted).</summary>
    public static async Task<WebPage> RedeemAsync(Browser browser, string code) =>
        await (await browser.GetAsync("/code")).Form("code-form").Set("Code", code).SubmitAsync("code-submit");

    public static string? Error(WebPage page) => page.Find("#code-error")?.TextContent.Trim();
}

/// <summary>The polling station pages: check a voter in, key a paper ballot, settle a dispute.</summary>
public static class PollingPages
{
    public static async Task<WebPage> CheckInAsync(Browser pollWorker, int processId, string identifier) =>
        await (await pollWorker.GetAsync($"/polling/{processId}")).Form("voter-form").Set("Identifier", identifier).SubmitAsync("voter-submit");

    public static string? CheckInResult(WebPage page) => page.Find("#voter-result")?.TextContent.Trim();

    public static string Route(int? districtId) => districtId?.ToString(CultureInfo.InvariantCulture) ?? "city";

    /// <summary>
    /// Opens the key page of the box (a district id or "city") and posts one entry as the form sends it: station, folio,
    /// kind and the marked projects (approval: ids; cumulative and ranked: <c>id</c> → value).
    /// </summary>
    public static async Task<WebPage> KeyAsync(Browser browser, int processId, string box, string station, string folio, string kind,
        IReadOnlyDictionary<int, long>? marks = null, bool resolve = false)
    {
        var url = $"/polling/{processId}/key?box={box}" + (resolve ? $"&station={Uri.EscapeDataString(station)}&folio={folio}&resolve=true" : "");
        var page = await browser.GetAsync(url);
        if (page.Find("#key-form") is not IHtmlFormElement form)
        {
            return page;
        }
        var type = page.Find("#key-form input.points") is not null ? "Cumulative" : page.Find("#key-form select.rank") is not null ? "Ranked" : "Approval";
        var fields = form.Elements.OfType<IHtmlInputElement>()
            .Where(e => e.Type == "hidden" && !string.IsNullOrEmpty(e.Name))
            .Select(e => new KeyValuePair<string, string>(e.Name!, e.Value))
            .Concat([new("Station", station), new("Folio", folio), new("Kind", kind)])
            .Concat(BallotPage.ChoiceFields(type, marks ?? new Dictionary<int, long>()));
        return await browser.PostAsync(new Uri(page.Url, form.GetAttribute("action") is { Length: > 0 } a ? a : page.Url.PathAndQuery).PathAndQuery, fields);
    }

    public static IReadOnlyList<string> KeyErrors(WebPage page) => page.Texts("#key-errors li");
}
