using System.Globalization;
using System.Text.RegularExpressions;

namespace Budgeting.Cli.Load;

/// <summary>A throwaway process made for a load test: its districts, and each district's voting codes and ballot projects.</summary>
public sealed record LoadProcess(int Id, IReadOnlyList<LoadDistrict> Districts);

/// <param name="Codes">The issued codes, each with the path of its QR link (<c>/c/{code}</c>).</param>
public sealed record LoadDistrict(int Id, string Name, IReadOnlyList<(string Code, string LinkPath)> Codes);

/// <summary>
/// The organizer's side of a load test, through the organizer pages as a person would use them: sign in, make a
/// throwaway process voting with codes, issue and download the codes, open and close voting, read turnout and the
/// published receipt list.
/// </summary>
public sealed partial class LoadOrganizer : IDisposable
{
    private const int MaxCodesPerBatch = 10_000;
    private const int DistrictCount = 2;
    private const int ProjectsPerDistrict = 3;

    private readonly WebClient _web;
    private readonly CookieJar _cookies = new();

    private LoadOrganizer(WebClient web) => _web = web;

    /// <summary>Signs in through /account/login; throws <see cref="LoadTestException"/> when refused.</summary>
    public static async Task<LoadOrganizer> SignInAsync(Uri url, string email, string password, CancellationToken ct)
    {
        var organizer = new LoadOrganizer(new WebClient(url, 4));
        try
        {
            var answer = await organizer.SubmitAsync("/account/login", "/account/login", "sign-in as " + email,
                [new("Input.Email", email), new("Input.Password", password), new("Input.RememberMe", "false")], ct);
            if (answer.Location is not "/")
            {
                throw new LoadTestException($"sign-in as {email} went to {answer.Location}");
            }
            return organizer;
        }
        catch
        {
            organizer.Dispose();
            throw;
        }
    }

    /// <summary>
    /// Creates a process (two districts, three projects each, approval of one or two projects, eligibility by codes),
    /// issues <paramref name="voters"/> codes split over the districts, and opens voting now.
    /// </summary>
    public async Task<LoadProcess> CreateProcessAsync(int voters, TextWriter progress, CancellationToken ct)
    {
        var now = TimeProvider.System.GetUtcNow().UtcDateTime;
        var created = await SubmitAsync("/organize/processes/new", "/organize/processes/new", "process creation",
        [
            new("Input.Name", string.Create(CultureInfo.InvariantCulture, $"Prueba de carga {now:yyyy-MM-dd HH:mm:ss}Z {Guid.NewGuid().ToString("N")[..6]}")),
            new("Input.Description", "Proceso desechable creado por budgeting loadtest."),
            new("Input.TimeZoneId", "UTC"),
            new("Input.CurrencyCode", "MXN"),
            new("Input.CityWideBudget", ""),
            new("Input.ProposalsOpen", Local(now.AddDays(7))),
            new("Input.ReviewOpen", Local(now.AddDays(14))),
            new("Input.VotingOpen", Local(now.AddDays(21))),
            new("Input.VotingClose", Local(now.AddDays(28))),
        ], ct);
        var id = ProcessIdIn().Match(created.Location ?? "") is { Success: true } m
            ? int.Parse(m.Groups[1].ValueSpan, CultureInfo.InvariantCulture)
            : throw new LoadTestException($"process creation went to {created.Location}");
        var root = $"/organize/processes/{id}";
        for (var d = 1; d <= DistrictCount; d++)
        {
            await SubmitAsync(root + "/districts", root + "/districts?handler=Add", "district",
                [new("NewDistrict.Name", $"Distrito {d}"), new("NewDistrict.Budget", "1000000")], ct);
        }
        await SubmitAsync(root + "/categories", root + "/categories?handler=Add", "category", [new("NewCategory.Name", "General")], ct);
        var projectsPage = await GetOkAsync(root + "/projects", ct);
        var districts = Html.Options(projectsPage.Body, "Input.Ballot");
        var category = Html.Options(projectsPage.Body, "Input.CategoryId").FirstOrDefault().Value
            ?? throw new LoadTestException("the projects page offers no category");
        if (districts.Count != DistrictCount)
        {
            throw new LoadTestException($"the projects page offers {districts.Count} ballots, not {DistrictCount}");
        }
        foreach (var (district, name) in districts)
        {
            for (var k = 1; k <= ProjectsPerDistrict; k++)
            {
                await SubmitAsync(root + "/projects", root + "/projects", "project",
                [
                    new("Input.Title", $"{name} · proyecto {k}"),
                    new("Input.Description", "Proyecto de la prueba de carga, sin efecto real."),
                    new("Input.Ballot", district),
                    new("Input.CategoryId", category),
                    new("Input.EstimatedCost", (100_000 * k).ToString(CultureInfo.InvariantCulture)),
                    new("Input.Location", ""),
                ], ct);
            }
        }
        await SubmitAsync(root + "/ballot", root + "/ballot", "ballot design",
            [new("Input.Type", "Approval"), new("Input.MinProjects", "1"), new("Input.MaxProjects", "2")], ct);
        await SubmitAsync(root + "/eligibility", root + "/eligibility", "eligibility", [new("Mode", "Codes"), new("AllowSameKeyerTwice", "false")], ct);

        var result = new List<LoadDistrict>();
        for (var i = 0; i < districts.Count; i++)
        {
            var (district, name) = districts[i];
            var wanted = voters / districts.Count + (i < voters % districts.Count ? 1 : 0);
            var codes = new List<(string, string)>(wanted);
            while (codes.Count < wanted)
            {
                var count = Math.Min(MaxCodesPerBatch, wanted - codes.Count);
                codes.AddRange(await IssueCodesAsync(root, district, count, ct));
                progress.WriteLine($"loadtest: {codes.Count:N0} codes issued in {name}");
            }
            result.Add(new LoadDistrict(int.Parse(district, CultureInfo.InvariantCulture), name, codes));
        }
        await SubmitAsync(root + "/phase", root + "/phase", "opening voting",
            [new("Input.Target", "Voting"), new("Input.Until", Local(TimeProvider.System.GetUtcNow().UtcDateTime.AddDays(2))), new("Input.Reason", "Prueba de carga: abrir la votación.")], ct);
        return new LoadProcess(id, result);
    }

    /// <summary>The sum of the per-box totals on the organizer's turnout page.</summary>
    public async Task<long> TurnoutAsync(int processId, CancellationToken ct) =>
        Html.TurnoutTotal((await GetOkAsync($"/organize/processes/{processId}/turnout", ct)).Body);

    /// <summary>Closes voting now through the phase override.</summary>
    public Task CloseVotingAsync(int processId, CancellationToken ct) =>
        SubmitAsync($"/organize/processes/{processId}/phase", $"/organize/processes/{processId}/phase", "closing voting",
            [new("Input.Target", "Closed"), new("Input.Until", ""), new("Input.Reason", "Prueba de carga terminada.")], ct);

    /// <summary>The receipt hashes the process publishes after the close, one per counted ballot.</summary>
    public async Task<IReadOnlyList<string>> ReceiptHashesAsync(int processId, CancellationToken ct)
    {
        var page = await GetOkAsync($"/processes/{processId}/receipts", ct);
        if (page.Body.Contains("id=\"receipts-later\"", StringComparison.Ordinal))
        {
            throw new LoadTestException($"process {processId} does not publish its receipts yet (is voting closed?)");
        }
        return Html.ReceiptHashes(page.Body);
    }

    public void Dispose() => _web.Dispose();

    private async Task<IEnumerable<(string Code, string LinkPath)>> IssueCodesAsync(string root, string district, int count, CancellationToken ct)
    {
        var issued = await SubmitAsync(root + "/codes", root + "/codes", "codes",
            [new("DistrictId", district), new("Count", count.ToString(CultureInfo.InvariantCulture))], ct);
        var batch = BatchIdIn().Match(issued.Location ?? "") is { Success: true } m
            ? m.Groups[1].Value
            : throw new LoadTestException($"issuing codes went to {issued.Location}");
        var csv = await GetOkAsync($"{root}/codes?handler=Csv&batchId={batch}", ct);
        var codes = csv.Body.TrimStart('\uFEFF').Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(1)
            .Select(line => (Code: line[..line.IndexOf(',', StringComparison.Ordinal)], Link: line[(line.LastIndexOf(',') + 1)..].Trim()))
            .Select(c => (c.Code, new Uri(c.Link).AbsolutePath))
            .ToList();
        return codes.Count == count ? codes : throw new LoadTestException($"the codes CSV of batch {batch} lists {codes.Count} codes, not {count}");
    }

    /// <summary>Opens the form's page for its antiforgery token, posts the fields, and expects the redirect that means "saved".</summary>
    private async Task<WebPage> SubmitAsync(string pagePath, string postPath, string what, IReadOnlyList<KeyValuePair<string, string>> fields,
        CancellationToken ct)
    {
        var page = await GetOkAsync(pagePath, ct);
        var token = Html.Token(page.Body) ?? throw new LoadTestException($"no antiforgery token on {pagePath}");
        var answer = await _web.PostAsync(postPath, _cookies, [.. fields, new("__RequestVerificationToken", token)], ct);
        return answer.IsRedirect
            ? answer
            : throw new LoadTestException($"{what} refused ({answer.Status}): {(answer.Status == 200 ? Html.Errors(answer.Body) : "")}");
    }

    private async Task<WebPage> GetOkAsync(string path, CancellationToken ct)
    {
        var page = await _web.GetAsync(path, _cookies, ct);
        return page.Status == 200 ? page : throw new LoadTestException($"GET {path} answered {page.Status} {page.Location}");
    }

    private static string Local(DateTime utc) => utc.ToString("yyyy-MM-ddTHH:mm", CultureInfo.InvariantCulture);

    [GeneratedRegex("/organize/processes/([0-9]+)/")]
    private static partial Regex ProcessIdIn();

    [GeneratedRegex("issued=([0-9]+)")]
    private static partial Regex BatchIdIn();
}
