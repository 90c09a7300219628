using System.Net;
using Budgeting.Core.Auditing;
using Budgeting.Core.Eligibility;
using Budgeting.Web.Infrastructure;
using Budgeting.Web.Tests.Infrastructure;

namespace Budgeting.Web.Tests.Pages.Eligibility;

public sealed class PaperKeyingTests : AppFixture
{
    private const string Station = "Casilla 12";

    private TestUser _organizer = null!;
    private TestUser _a = null!;
    private TestUser _b = null!;

    [OneTimeSetUp]
    public async Task SignInStaff()
    {
        _organizer = await FixtureAccounts.SignInAsync(App, Roles.Organizer);
        _a = await FixtureAccounts.SignInAsync(App, Roles.PollWorker);
        _b = await FixtureAccounts.SignInAsync(App, Roles.PollWorker);
    }

    [OneTimeTearDown]
    public void SignOutStaff() => new[] { _organizer, _a, _b }.ToList().ForEach(u => u.Browser.Dispose());

    [Test]
    public async Task TwoMatchingEntriesByTwoPollWorkersPutOneBallotInTheBox()
    {
        var process = await EligibilitySetup.CreateAsync(App, EligibilityMode.Codes);
        var marks = EligibilitySetup.Marks(process.HomeProjects[2], process.HomeProjects[0]);

        var first = await KeyAsync(_a, process, process.HomeBox, "345", "Valid", marks);
        var afterFirst = (await VotingSetup.BallotsAsync(App, process.Id)).Count;
        var second = await KeyAsync(_b, process, process.HomeBox, "345", "Valid", marks);
        var third = await KeyAsync(_organizer, process, process.HomeBox, "345", "Valid", marks);

        var ballots = await VotingSetup.BallotsAsync(App, process.Id);
        var paper = (await EligibilitySetup.PaperBallotsAsync(App, process.Id)).Single();
        Assert.Multiple(() =>
        {
            Assert.That(first.StatusMessage, Is.EqualTo("Boleta 345 de Casilla 12: primera captura guardada. Otra persona debe capturarla también."));
            Assert.That(first.Url.PathAndQuery, Does.StartWith($"/polling/{process.Id}/key?box={process.Home}"));
            Assert.That(first.Find("#Station")?.GetAttribute("value"), Is.EqualTo(Station), "the station stays filled in for the next ballot");
            Assert.That(first.Find("#Folio")?.GetAttribute("value"), Is.Null.Or.Empty);
            Assert.That(afterFirst, Is.Zero, "nothing is in the box after one entry");
            Assert.That(second.StatusMessage, Is.EqualTo("Boleta 345 de Casilla 12: cuenta."));
            Assert.That(PollingPages.KeyErrors(third), Is.EqualTo(new[] { "Esa boleta ya se capturó dos veces." }));
            Assert.That(ballots.Select(b => (b.Content, b.DistrictId)),
                Is.EqualTo(new[] { (EligibleProcess.Marked(process.HomeProjects[0], process.HomeProjects[2]), (int?)process.Home) }));
            Assert.That((paper.Status, paper.FirstKeyedBy, paper.SecondKeyedBy), Is.EqualTo((PaperBallotStatus.Counted, _a.Id, _b.Id)));
            Assert.That(paper.Counted, Is.EqualTo(new PaperReading(process.BoxKey(process.Home), PaperBallotKind.Valid, ballots[0].Content)));
        });
    }

    [Test]
    public async Task PaperBallotsOfEveryTypeAreStoredAsKeyed()
    {
        var process = await EligibilitySetup.CreateAsync(App, EligibilityMode.Residents, design: "Cumulative points=10");
        var points = new Dictionary<int, long> { [process.CityProjects[1]] = 7, [process.CityProjects[0]] = 3 };

        await KeyAsync(_a, process, "city", "1", "Valid", points);
        var counted = await KeyAsync(_b, process, "city", "1", "Valid", points);

        Assert.Multiple(async () =>
        {
            Assert.That(counted.StatusMessage, Is.EqualTo("Boleta 1 de Casilla 12: cuenta."));
            Assert.That((await VotingSetup.BallotsAsync(App, process.Id)).Select(b => (b.Content, b.DistrictId)),
                Is.EqualTo(new[] { ($"{process.CityProjects[0]}:3,{process.CityProjects[1]}:7", (int?)null) }));
        });
    }

    [TestCase(false)]
    [TestCase(true)]
    public async Task OnePollWorkerKeysBothEntriesOnlyWhereTheProcessAllowsIt(bool allowed)
    {
        var process = await EligibilitySetup.CreateAsync(App, EligibilityMode.Codes, allowSameKeyerTwice: allowed);
        var marks = EligibilitySetup.Marks(process.HomeProjects[1]);

        await KeyAsync(_a, process, process.HomeBox, "7", "Valid", marks);
        var second = await KeyAsync(_a, process, process.HomeBox, "7", "Valid", marks);

        var paper = (await EligibilitySetup.PaperBallotsAsync(App, process.Id)).Single();
        var ballots = await VotingSetup.BallotsAsync(App, process.Id);
        Assert.Multiple(() =>
        {
            if (allowed)
            {
                Assert.That(second.StatusMessage, Is.EqualTo("Boleta 7 de Casilla 12: cuenta."));
                Assert.That(paper.Status, Is.EqualTo(PaperBallotStatus.Counted));
                Assert.That(ballots, Has.Count.EqualTo(1));
            }
            else
            {
                Assert.That(PollingPages.KeyErrors(second), Is.EqualTo(new[] { "La segunda captura de una boleta debe hacerla otra persona." }));
                Assert.That(paper.Status, Is.EqualTo(PaperBallotStatus.AwaitingSecondEntry));
                Assert.That(ballots, Is.Empty);
            }
        });
    }

    [Test]
    public async Task DifferingEntriesGoToTheSupervisorWhoseReadingCounts()
    {
        var process = await EligibilitySetup.CreateAsync(App, EligibilityMode.Codes);
        await KeyAsync(_a, process, process.HomeBox, "88", "Valid", EligibilitySetup.Marks(process.HomeProjects[0]));
        var second = await KeyAsync(_b, process, process.HomeBox, "88", "Valid", EligibilitySetup.Marks(process.HomeProjects[1]));
        var afterSecond = (await VotingSetup.BallotsAsync(App, process.Id)).Count;

        var disputes = await _organizer.Browser.GetAsync($"/polling/{process.Id}/disputes");
        var settleLink = disputes.Find("#disputes a.settle")?.GetAttribute("href") ?? "";
        var settlePage = await _organizer.Browser.GetAsync(settleLink);
        var keyPage = await _a.Browser.GetAsync($"/polling/{process.Id}/key?box={process.HomeBox}");
        var byWorker = await _a.Browser.PostAsync($"/polling/{process.Id}/key?box={process.HomeBox}",
        [
            new("__RequestVerificationToken", keyPage.Find("#key-form input[name='__RequestVerificationToken']")?.GetAttribute("value") ?? ""),
            new("Box", process.HomeBox), new("Resolve", "true"), new("Station", Station), new("Folio", "88"), new("Kind", "Valid"),
            new("Form.Marked", process.HomeProjects[0].ToString(System.Globalization.CultureInfo.InvariantCulture)),
        ]);
        var stillDisputed = (await EligibilitySetup.PaperBallotsAsync(App, process.Id)).Single().Status;
        var settled = await KeyAsync(_organizer, process, process.HomeBox, "88", "Valid", EligibilitySetup.Marks(process.HomeProjects[1]), resolve: true);
        var again = await KeyAsync(_organizer, process, process.HomeBox, "88", "Blank", resolve: true);

        var paper = (await EligibilitySetup.PaperBallotsAsync(App, process.Id)).Single();
        Assert.Multiple(async () =>
        {
            Assert.That(second.StatusMessage, Is.EqualTo("Boleta 88 de Casilla 12: las dos capturas no coinciden; pasó a supervisión."));
            Assert.That(afterSecond, Is.Zero);
            Assert.That(disputes.Texts("#disputes tbody td").Take(4), Is.EqualTo(new[]
            {
                Station, "88", "Válida: Proyecto Centro 1", "Válida: Proyecto Centro 2",
            }));
            Assert.That(settlePage.Heading, Is.EqualTo("Resolver boleta en revisión: Colonia Centro"));
            Assert.That(settlePage.Find("#Station")?.GetAttribute("value"), Is.EqualTo(Station));
            Assert.That(settlePage.Find("#Station")?.HasAttribute("readonly"), Is.True);
            Assert.That(settlePage.Find("#Folio")?.GetAttribute("value"), Is.EqualTo("88"));
            Assert.That(byWorker.Status, Is.EqualTo(HttpStatusCode.Forbidden), "a poll worker cannot settle");
            Assert.That(stillDisputed, Is.EqualTo(PaperBallotStatus.Disputed));
            Assert.That(settled.Url.AbsolutePath, Is.EqualTo($"/polling/{process.Id}/disputes"));
            Assert.That(settled.StatusMessage, Is.EqualTo("Boleta 88 de Casilla 12: cuenta."));
            Assert.That(settled.Find("#no-disputes"), Is.Not.Null);
            Assert.That(PollingPages.KeyErrors(again), Is.EqualTo(new[] { "Esa boleta no está en revisión." }));
            Assert.That((await VotingSetup.BallotsAsync(App, process.Id)).Select(b => b.Content),
                Is.EqualTo(new[] { EligibleProcess.Marked(process.HomeProjects[1]) }));
            Assert.That((paper.Status, paper.ResolvedBy), Is.EqualTo((PaperBallotStatus.Counted, _organizer.Id)));
            Assert.That(await EligibilitySetup.AuditAsync(App, process.Id),
                Does.Contain((AuditActions.PaperBallotResolved, "station=Casilla 12 folio=88 kind=Valid")));
        });
    }

    [Test]
    public async Task BlankAndSpoiledBallotsCountInTurnoutButPutNothingInTheBox()
    {
        var process = await EligibilitySetup.CreateAsync(App, EligibilityMode.Codes);
        foreach (var (folio, kind) in new[] { ("1", "Blank"), ("2", "Spoiled"), ("3", "Spoiled") })
        {
            await KeyAsync(_a, process, process.HomeBox, folio, kind, EligibilitySetup.Marks(process.HomeProjects[0]));
            var counted = await KeyAsync(_b, process, process.HomeBox, folio, kind, EligibilitySetup.Marks(process.HomeProjects[0]));
            Assert.That(counted.StatusMessage, Does.EndWith("cuenta."), string.Join(" ", PollingPages.KeyErrors(counted)));
        }

        var turnout = await _organizer.Browser.GetAsync($"/organize/processes/{process.Id}/turnout");

        var row = $"#turnout tr[data-box='{process.BoxKey(process.Home)}']";
        Assert.Multiple(async () =>
        {
            Assert.That(turnout.Find($"{row} .blank-spoiled")?.TextContent.Trim(), Is.EqualTo("1 / 2"));
            Assert.That(turnout.Find($"{row} .paper")?.TextContent.Trim(), Is.EqualTo("0"));
            Assert.That(turnout.Find($"{row} .total")?.TextContent.Trim(), Is.EqualTo("3"));
            Assert.That(await VotingSetup.BallotsAsync(App, process.Id), Is.Empty);
            Assert.That((await EligibilitySetup.PaperBallotsAsync(App, process.Id)).Select(p => (p.Kind, p.Content)), Is.EqualTo(new[]
            {
                ((PaperBallotKind?)PaperBallotKind.Blank, ""), (PaperBallotKind.Spoiled, ""), (PaperBallotKind.Spoiled, ""),
            }));
        });
    }

    [TestCase("too many", "Puedes elegir como máximo 2 proyectos.")]
    [TestCase("none", "Elige al menos un proyecto.")]
    [TestCase("other district", "Este proyecto no está en tu boleta.")]
    public async Task ValidReadingThatBreaksTheBallotRulesIsNotSaved(string marked, string error)
    {
        var process = await EligibilitySetup.CreateAsync(App, EligibilityMode.Codes);
        var marks = marked switch
        {
            "too many" => EligibilitySetup.Marks([.. process.HomeProjects]),
            "other district" => EligibilitySetup.Marks(process.HomeProjects[0], process.OtherProjects[0]),
            _ => EligibilitySetup.Marks(),
        };

        var page = await KeyAsync(_a, process, process.HomeBox, "5", "Valid", marks);

        Assert.Multiple(async () =>
        {
            Assert.That(page.Status, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(PollingPages.KeyErrors(page), Does.Contain(error));
            Assert.That(PollingPages.KeyErrors(page), Does.Contain("Si la boleta en papel está así, captúrala como nula."));
            Assert.That(await EligibilitySetup.PaperBallotsAsync(App, process.Id), Is.Empty);
        });
    }

    [TestCase("", "1", "Valid", "Falta completar «Casilla».")]
    [TestCase("   ", "1", "Valid", "Falta completar «Casilla».")]
    [TestCase("@41", "1", "Valid", "Casilla: máximo 40 caracteres.")]
    [TestCase(Station, "0", "Valid", "El folio debe ser un número de 1 a 9,999,999.")]
    [TestCase(Station, "10000000", "Valid", "El folio debe ser un número de 1 a 9,999,999.")]
    [TestCase(Station, "-3", "Valid", "El folio debe ser un número de 1 a 9,999,999.")]
    [TestCase(Station, "1.5", "Valid", "El folio debe ser un número de 1 a 9,999,999.")]
    [TestCase(Station, "uno", "Valid", "El folio debe ser un número de 1 a 9,999,999.")]
    [TestCase(Station, "", "Valid", "El folio debe ser un número de 1 a 9,999,999.")]
    [TestCase(Station, "1", "", "Elige «La boleta es».")]
    [TestCase(Station, "1", "Marked", "Elige «La boleta es».")]
    [TestCase(Station, "1", "9", "Elige «La boleta es».")]
    public async Task RefusesAnEntryWithoutAStationFolioOrKind(string station, string folio, string kind, string error)
    {
        var process = await EligibilitySetup.CreateAsync(App, EligibilityMode.Codes);

        var page = await PollingPages.KeyAsync(_a.Browser, process.Id, process.HomeBox, Typed(station), folio, kind,
            EligibilitySetup.Marks(process.HomeProjects[0]));

        Assert.Multiple(async () =>
        {
            Assert.That(PollingPages.KeyErrors(page), Is.EqualTo(new[] { error }));
            Assert.That(await EligibilitySetup.PaperBallotsAsync(App, process.Id), Is.Empty);
        });
    }

    [TestCase("before voting", "La votación todavía no abre.")]
    [TestCase("published", "Los resultados ya se publicaron; no se capturan más boletas.")]
    public async Task RefusesKeyingBeforeVotingOpensAndOncePublished(string when, string error)
    {
        var process = when == "before voting"
            ? await EligibilitySetup.CreateAsync(App, EligibilityMode.Codes, opensIn: TimeSpan.FromDays(2))
            : await EligibilitySetup.CreateAsync(App, EligibilityMode.Codes, opensIn: TimeSpan.FromDays(-5), closesIn: TimeSpan.FromDays(-1));
        if (when == "published")
        {
            await EligibilitySetup.PublishAsync(App, process.Id);
        }

        var page = await KeyAsync(_a, process, process.HomeBox, "1", "Valid", EligibilitySetup.Marks(process.HomeProjects[0]));

        Assert.Multiple(async () =>
        {
            Assert.That(PollingPages.KeyErrors(page), Is.EqualTo(new[] { error }));
            Assert.That(await EligibilitySetup.PaperBallotsAsync(App, process.Id), Is.Empty);
        });
    }

    [Test]
    public async Task KeysBallotsAfterVotingCloses()
    {
        var process = await EligibilitySetup.CreateAsync(App, EligibilityMode.Census, opensIn: TimeSpan.FromDays(-5), closesIn: TimeSpan.FromDays(-1));
        var marks = EligibilitySetup.Marks(process.OtherProjects[1]);

        await KeyAsync(_a, process, process.OtherBox, "9", "Valid", marks);
        var counted = await KeyAsync(_b, process, process.OtherBox, "9", "Valid", marks);

        Assert.Multiple(async () =>
        {
            Assert.That(counted.StatusMessage, Is.EqualTo("Boleta 9 de Casilla 12: cuenta."));
            Assert.That((await VotingSetup.BallotsAsync(App, process.Id)).Select(b => (b.Content, b.DistrictId)),
                Is.EqualTo(new[] { (EligibleProcess.Marked(process.OtherProjects[1]), (int?)process.Other) }));
        });
    }

    [Test]
    public async Task TellsThePollWorkerInEnglish()
    {
        var process = await EligibilitySetup.CreateAsync(App, EligibilityMode.Codes);
        var worker = await SignedInUserAsync([Roles.PollWorker], acceptLanguage: "en");
        var marks = EligibilitySetup.Marks(process.HomeProjects[0]);

        var first = await PollingPages.KeyAsync(worker.Browser, process.Id, process.HomeBox, Station, "4", "Valid", marks);
        var second = await PollingPages.KeyAsync(worker.Browser, process.Id, process.HomeBox, Station, "4", "Valid", marks);

        Assert.Multiple(() =>
        {
            Assert.That(first.StatusMessage, Is.EqualTo("Ballot 4 at Casilla 12: first entry saved. Another poll worker must key it too."));
            Assert.That(PollingPages.KeyErrors(second), Is.EqualTo(new[] { "A ballot's second entry must be keyed by another poll worker." }));
        });
    }

    private static Task<WebPage> KeyAsync(TestUser user, EligibleProcess process, string box, string folio, string kind,
        IReadOnlyDictionary<int, long>? marks = null, bool resolve = false) =>
        PollingPages.KeyAsync(user.Browser, process.Id, box, Station, folio, kind, marks, resolve);
}
