using System.Globalization;
using AngleSharp.Html.Dom;

namespace Budgeting.Web.Tests.Infrastructure;

/// <summary>
/// The ballot, /vote/{process}/{box}: the choosing step (#ballot with one .choice per project) and the review step
/// (#review with hidden fields and the cast button). Choices are given as project id → value: 1 to mark a project,
/// points for cumulative, the rank for ranked.
/// </summary>
public sealed class BallotPage(WebPage page)
{
    public WebPage Page => page;

    public static async Task<BallotPage> OpenAsync(Browser browser, int processId, string box) =>
        new(await browser.GetAsync($"/vote/{processId}/{box}"));

    /// <summary>The project ids in the order the ballot lists them.</summary>
    public IReadOnlyList<int> ProjectIds =>
        page.Document.QuerySelectorAll("#ballot .choice")
            .Select(c => c.QuerySelector("input.mark, input.points, select.rank")!.Id!)
            .Select(id => int.Parse(id[(id.IndexOf('-', StringComparison.Ordinal) + 1)..], CultureInfo.InvariantCulture))
            .ToList();

    public bool IsReviewing => page.Find("#review") is not null;

    public IReadOnlyList<string> ReviewTitles => page.Texts("#review li strong");

    public string? FormKey => page.Find("#ballot input[name='Form.FormKey']")?.GetAttribute("value");

    /// <summary>The messages at the top of the ballot.</summary>
    public IReadOnlyList<string> TopErrors => page.Texts("#ballot-errors li");

    /// <summary>The notice shown instead of the form when voting is not open.</summary>
    public string? Notice => page.Find("#voting-closed")?.TextContent.Trim();

    public string? ErrorNextTo(int projectId) =>
        page.Document.QuerySelectorAll("#ballot .choice")
            .FirstOrDefault(c => c.QuerySelector($"#mark-{projectId}, #points-{projectId}, #rank-{projectId}") is not null)
            ?.QuerySelector("span.error")?.TextContent.Trim();

    /// <summary>Fills the ballot as a user would (checkboxes, point boxes, rank lists) and asks to review it.</summary>
    public async Task<BallotPage> ReviewAsync(IReadOnlyDictionary<int, long> choices, IEnumerable<KeyValuePair<string, string>>? extra = null)
    {
        var fields = Filled(choices).Concat(extra ?? []);
        return new(await PostForm("review-submit", fields).SendAsync(page.Browser));
    }

    /// <summary>On the review step: the cast post as the browser would send it, to send (or replay) later.</summary>
    public FormPost CastForm() => PostForm("cast", Fields(_ => true));

    public async Task<WebPage> CastAsync() => await CastForm().SendAsync(page.Browser);

    /// <summary>Reviews and casts the choices; returns the page the cast ends on.</summary>
    public async Task<WebPage> VoteAsync(IReadOnlyDictionary<int, long> choices)
    {
        var review = await ReviewAsync(choices);
        if (!review.IsReviewing)
        {
            throw new AssertionException("Ballot refused at review: " + string.Join(" ", review.Page.Errors));
        }
        return await review.CastAsync();
    }

    /// <summary>A post of the given handler with exactly these choice fields plus the form's antiforgery token and key.</summary>
    public FormPost RawPost(string handler, IEnumerable<KeyValuePair<string, string>> choiceFields, string? formKey = null)
    {
        var fields = Fields(e => e is IHtmlInputElement { Type: "hidden" } && !e.GetAttribute("name")!.StartsWith("Form.", StringComparison.Ordinal))
            .Append(new("Form.FormKey", formKey ?? FormKey ?? ""))
            .Concat(choiceFields);
        return new FormPost($"{page.Url.AbsolutePath}?handler={handler}", fields.ToList());
    }

    public static Dictionary<int, long> Choices(params (int ProjectId, long Value)[] marks) =>
        marks.ToDictionary(m => m.ProjectId, m => m.Value);

    /// <summary>The fields a ballot of <paramref name="type"/> posts for these choices.</summary>
    public static IEnumerable<KeyValuePair<string, string>> ChoiceFields(string type, IReadOnlyDictionary<int, long> choices) =>
        choices.Select(c => type switch
        {
            "Cumulative" => new KeyValuePair<string, string>($"Form.Points[{Text(c.Key)}]", Text(c.Value)),
            "Ranked" => new KeyValuePair<string, string>($"Form.Ranks[{Text(c.Key)}]", Text(c.Value)),
            _ => new KeyValuePair<string, string>("Form.Marked", Text(c.Key)),
        });

    public static IEnumerable<KeyValuePair<string, string>> Marks(params int[] projectIds) =>
        projectIds.Select(id => new KeyValuePair<string, string>("Form.Marked", Text(id)));

    private IEnumerable<KeyValuePair<string, string>> Filled(IReadOnlyDictionary<int, long> choices)
    {
        foreach (var (name, value) in Fields(e => e is IHtmlInputElement { Type: "hidden" }))
        {
            yield return new(name, value);
        }
        foreach (var element in Form.Elements)
        {
            var name = element.GetAttribute("name") ?? "";
            switch (element)
            {
                case IHtmlInputElement { Type: "checkbox" or "radio" } mark:
                    if (choices.ContainsKey(int.Parse(mark.Value, CultureInfo.InvariantCulture)))
                    {
                        yield return new(name, mark.Value);
                    }
                    break;
                case IHtmlInputElement { Type: "text" or "" } or IHtmlSelectElement when name.EndsWith(']'):
                    var id = int.Parse(name[(name.IndexOf('[', StringComparison.Ordinal) + 1)..^1], CultureInfo.InvariantCulture);
                    yield return new(name, choices.TryGetValue(id, out var value) ? Text(value) : "");
                    break;
            }
        }
    }

    private IHtmlFormElement Form => page.Find("#ballot") as IHtmlFormElement
        ?? throw new AssertionException($"No ballot form on {page.Url} ({page.Status}): {page.Heading} {Notice}");

    private IEnumerable<KeyValuePair<string, string>> Fields(Func<AngleSharp.Dom.IElement, bool> which) =>
        Form.Elements
            .Where(e => e is IHtmlInputElement { Type: "hidden" } && e.GetAttribute("name") is { Length: > 0 } && which(e))
            .Select(e => new KeyValuePair<string, string>(e.GetAttribute("name")!, ((IHtmlInputElement)e).Value))
            .ToList();

    private FormPost PostForm(string buttonId, IEnumerable<KeyValuePair<string, string>> fields)
    {
        var button = Form.Elements.OfType<IHtmlButtonElement>().SingleOrDefault(b => b.Id == buttonId)
            ?? throw new AssertionException($"No button #{buttonId} on the ballot: {string.Join(" ", page.Errors)}");
        var action = button.GetAttribute("formaction") ?? Form.GetAttribute("action") ?? page.Url.PathAndQuery;
        return new FormPost(new Uri(page.Url, action).PathAndQuery, fields.ToList());
    }

    private static string Text(long value) => value.ToString(CultureInfo.InvariantCulture);
}

/// <summary>A form post kept to be sent, or replayed, as is.</summary>
public sealed record FormPost(string Url, IReadOnlyList<KeyValuePair<string, string>> Fields)
{
    public Task<WebPage> SendAsync(Browser browser) => browser.PostAsync(Url, Fields);

    /// <summary>Posts without following the redirect; safe to call in parallel on one browser's client.</summary>
    public Task<HttpResponseMessage> PostAsync(HttpClient client) => client.PostAsync(Url, new FormUrlEncodedContent(Fields));

    public FormPost With(string name, string value) =>
        this with { Fields = [.. Fields.Where(f => f.Key != name), new(name, value)] };
}
