using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Budgeting.EndToEnd.Tests;

/// <summary>A process made for one test that votes with codes: one district with two projects on its ballot, voting open.</summary>
public sealed record CodeProcess(int Id, string Name, int DistrictId, string District, DemoBallotProject[] Projects)
{
    /// <summary>The district's ballot, where a redeemed code leads.</summary>
    public string BallotPath => string.Create(CultureInfo.InvariantCulture, $"/vote/{Id}/{DistrictId}");
}

/// <summary>The organizer's steps for voting codes: a process that votes with codes, a batch of codes, its downloads.</summary>
public sealed partial class Organizer
{
    /// <summary>
    /// Creates a process named after <paramref name="label"/> (plus a random tag) with its proposed dates, so voting is
    /// weeks away; adds a district, a category and two ballot projects; chooses codes as the way to take part; and then
    /// opens voting now for three days, which freezes that choice.
    /// </summary>
    public async Task<CodeProcess> CreateProcessVotingWithCodesAsync(string label)
    {
        var tag = Guid.NewGuid().ToString("N")[..6];
        var name = $"Prueba {label} {tag}";
        var district = $"Colonia {label} {tag}";
        var category = $"Espacio público {tag}";
        DemoBallotProject[] projects =
        [
            new($"Luminarias en la calle Pino {tag}", 120_000m),
            new($"Bancas y sombra en el jardín {tag}", 85_500m),
        ];
        var page = Page;

        var id = await CreateProcessWithDistrictAndCategoryAsync(name, district, "300000", category);

        // Projects from an assembly go straight onto the ballot, before voting opens.
        await SectionTabs().GetByRole(AriaRole.Link, new() { Name = Text.ProjectsTitle, Exact = true }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex($"/organize/processes/{id}/projects$"));
        var districtId = 0;
        foreach (var project in projects)
        {
            var form = page.Locator("form#project-form");
            await form.GetByLabel(Text.ProposalTitle, new() { Exact = true }).FillAsync(project.Title);
            await form.GetByLabel(Text.Description, new() { Exact = true })
                .FillAsync("Acordado en la asamblea vecinal de la colonia para la prueba de códigos.");
            var ballot = form.GetByLabel(Text.Ballot, new() { Exact = true });
            await ballot.SelectOptionAsync(new SelectOptionValue { Label = district });
            districtId = int.Parse(await ballot.InputValueAsync(), CultureInfo.InvariantCulture);
            await form.GetByLabel(Text.Category, new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = category });
            await form.GetByLabel(Text.EstimatedCostInput, new() { Exact = true })
                .FillAsync(project.Cost.ToString(CultureInfo.InvariantCulture));
            await form.GetByRole(AriaRole.Button, new() { Name = CodeText.AddProject, Exact = true }).ClickAsync();
            await Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync(Text.Saved);
            await Expect(page.Locator("#project-list tbody tr", new() { HasTextString = project.Title }))
                .ToHaveTextAsync(new Regex($"{Regex.Escape(project.Title)}\\s*{Regex.Escape(district)}\\s*{Regex.Escape(project.CostShown)}"));
        }

        await SectionTabs().GetByRole(AriaRole.Link, new() { Name = CodeText.EligibilityTab, Exact = true }).ClickAsync();
        var codes = EligibilityMode(CodeText.ModeCodes);
        await codes.CheckAsync();
        await page.Locator("form#eligibility-form").GetByRole(AriaRole.Button, new() { Name = CodeText.Save, Exact = true }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync(Text.Saved);
        await Expect(codes).ToBeCheckedAsync();

        await OverridePhaseAsync(id, CodeText.PhaseVoting, "Abrimos la votación con códigos para la prueba de punta a punta.");

        // Once voting is open the way to take part is frozen.
        await phone.GoToAsync($"/organize/processes/{id}/eligibility");
        await Expect(page.Locator("main")).ToContainTextAsync(CodeText.RulesFrozen);
        await Expect(codes).ToBeCheckedAsync();
        await Expect(codes).ToBeDisabledAsync();
        await Expect(page.Locator("form#eligibility-form").GetByRole(AriaRole.Button)).ToHaveCountAsync(0);

        return new CodeProcess(id, name, districtId, district, projects);
    }

    /// <summary>Issues <paramref name="count"/> codes for the process's district and returns the new batch's id.</summary>
    public async Task<long> IssueCodesAsync(CodeProcess process, int count)
    {
        var page = Page;
        await phone.GoToAsync($"/organize/processes/{process.Id}/codes");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 }))
            .ToHaveTextAsync(VotingText.Fill(CodeText.CodesTitleOf, process.Name));
        var form = page.Locator("form#codes-form");
        await form.GetByLabel(CodeText.CodesDistrict, new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = process.District });
        await form.GetByLabel(CodeText.CodesCount, new() { Exact = true }).FillAsync(count.ToString(CultureInfo.InvariantCulture));
        await form.GetByRole(AriaRole.Button, new() { Name = CodeText.Issue, Exact = true }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync(VotingText.Fill(CodeText.Issued, count, process.District));

        var row = page.Locator("#batches tbody tr", new() { HasTextString = process.District });
        await Expect(row).ToHaveCountAsync(1);
        await Expect(row.Locator("td").Nth(1)).ToHaveTextAsync(count.ToString(CultureInfo.InvariantCulture));
        var rowId = await row.GetAttributeAsync("id");
        Assert.That(rowId, Does.Match(@"^batch-\d+$"));
        return long.Parse(rowId!["batch-".Length..], CultureInfo.InvariantCulture);
    }

    /// <summary>
    /// Follows the batch's download link <paramref name="format"/> ("PDF" or "CSV") on the codes page (opened unless it is
    /// the current page) and saves the file in <paramref name="folder"/>; returns its path.
    /// </summary>
    public async Task<string> DownloadCodesAsync(CodeProcess process, long batch, string format, string folder)
    {
        var page = Page;
        var codesPage = $"/organize/processes/{process.Id}/codes";
        if (new Uri(page.Url).AbsolutePath != codesPage)
        {
            await phone.GoToAsync(codesPage);
        }
        var link = page.Locator($"#batches tr#batch-{batch}").GetByRole(AriaRole.Link, new() { Name = format, Exact = true });
        var download = await page.RunAndWaitForDownloadAsync(() => link.ClickAsync());
        Assert.That(download.SuggestedFilename, Is.EqualTo(string.Create(CultureInfo.InvariantCulture,
            $"codigos-{process.Id}-{process.DistrictId}-lote-{batch}.{format.ToLowerInvariant()}")));
        var path = Path.Combine(folder, download.SuggestedFilename);
        await download.SaveAsAsync(path);
        return path;
    }

    /// <summary>A choice of the eligibility page's "Forma de participar", by its full label (name · hint).</summary>
    private ILocator EligibilityMode(string label) =>
        Page.Locator("form#eligibility-form")
            .GetByRole(AriaRole.Group, new() { Name = CodeText.EligibilityMode, Exact = true })
            .GetByRole(AriaRole.Radio, new() { Name = label, Exact = true });
}
