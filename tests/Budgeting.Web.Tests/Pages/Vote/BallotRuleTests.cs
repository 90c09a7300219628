using Budgeting.Web.Tests.Infrastructure;

namespace Budgeting.Web.Tests.Pages.Vote;

public sealed class BallotRuleTests : AppFixture
{
    private const int Top = -1;

    // Home projects cost $1,000, $2,000, $3,000, $4,000 and $5,000 of a $10,000 budget; choices are index:value;
    // where is the index of the project the message stands next to, or Top.
    [TestCase("Approval min=2 max=3", "0:1,1:1,2:1,3:1", "Puedes elegir como máximo 3 proyectos.", Top)]
    [TestCase("Approval min=2 max=3", "0:1", "Elige al menos 2 proyectos.", Top)]
    [TestCase("Approval min=1", "", "Elige al menos un proyecto.", Top)]
    [TestCase("Knapsack", "2:1,3:1,4:1", "Tus proyectos suman 12,000.00 MXN, más que el presupuesto de 10,000.00 MXN.", Top)]
    [TestCase("Knapsack share=5000", "0:1,1:1", "Tus proyectos suman 3,000.00 MXN; deben sumar al menos 5,000.00 MXN.", Top)]
    [TestCase("Knapsack max=2", "0:1,1:1,2:1", "Puedes elegir como máximo 2 proyectos.", Top)]
    [TestCase("Cumulative points=10 all", "0:3,1:3", "Debes repartir exactamente 10 puntos; llevas 6.", Top)]
    [TestCase("Cumulative points=10", "0:6,1:6", "Solo hay 10 puntos para repartir; pusiste 12.", Top)]
    [TestCase("Cumulative points=10 cap=4", "0:5,1:2", "Como máximo 4 puntos por proyecto.", 0)]
    [TestCase("Cumulative points=10", "2:0,1:2", "Los puntos deben ser un número mayor que cero.", 2)]
    [TestCase("Ranked k=3", "0:1,1:1,2:2", "El lugar 1 está repetido.", Top)]
    [TestCase("Ranked k=3 fewer", "0:1,1:3", "Falta el lugar 2.", Top)]
    [TestCase("Ranked k=3", "0:1,1:2", "Elige al menos 3 proyectos.", Top)]
    [TestCase("Ranked k=2", "0:1,1:3", "Los lugares van del 1 al 2.", 1)]
    [TestCase("ChooseOne", "", "Elige al menos un proyecto.", Top)]
    public async Task ShowsTheBrokenRuleAndStoresNothing(string design, string choices, string message, int where)
    {
        var process = await VotingSetup.CreateAsync(App, VotingSetup.Design(design));
        var voter = await SignedInUserAsync([], process.Home);
        var ballot = await BallotPage.OpenAsync(voter.Browser, process.Id, process.HomeBox);
        var marks = VotingSetup.Choices(process, choices);

        var review = await ballot.ReviewAsync(marks);
        var cast = new BallotPage(await ballot.RawPost("Cast", BallotPage.ChoiceFields(design.Split(' ')[0], marks)).SendAsync(voter.Browser));

        foreach (var page in new[] { review, cast })
        {
            Assert.Multiple(() =>
            {
                Assert.That(page.IsReviewing, Is.False);
                Assert.That(page.Page.Url.AbsolutePath, Is.EqualTo($"/vote/{process.Id}/{process.HomeBox}"));
                if (where == Top)
                {
                    Assert.That(page.TopErrors, Does.Contain(message));
                }
                else
                {
                    Assert.That(page.ErrorNextTo(process.HomeProjects[where]), Is.EqualTo(message));
                }
            });
        }
        Assert.That(await VotingSetup.CountAsync(App, process.Id), Is.EqualTo((0, 0)));
    }

    [TestCase("Knapsack", "2:1,3:1,4:1", "Your projects add up to 12,000.00 MXN, more than the budget of 10,000.00 MXN.")]
    [TestCase("Approval min=2", "0:1", "Choose at least 2 projects.")]
    [TestCase("Ranked k=3", "0:1,1:1,2:2", "Rank 1 is used twice.")]
    public async Task ShowsTheBrokenRuleInEnglish(string design, string choices, string message)
    {
        var process = await VotingSetup.CreateAsync(App, VotingSetup.Design(design));
        var voter = await SignedInUserAsync([], process.Home, acceptLanguage: "en");

        var review = await (await BallotPage.OpenAsync(voter.Browser, process.Id, process.HomeBox))
            .ReviewAsync(VotingSetup.Choices(process, choices));

        Assert.Multiple(async () =>
        {
            Assert.That(review.Page.Language, Does.StartWith("en"));
            Assert.That(review.TopErrors, Does.Contain(message));
            Assert.That(await VotingSetup.CountAsync(App, process.Id), Is.EqualTo((0, 0)));
        });
    }

    [Test]
    public async Task ShowsWhyAProjectFromAnotherDistrictIsRefusedAndStoresNothing()
    {
        var process = await VotingSetup.CreateAsync(App, VotingSetup.Design("Approval min=1"));
        var voter = await SignedInUserAsync([], process.Home);
        var ballot = await BallotPage.OpenAsync(voter.Browser, process.Id, process.HomeBox);

        var review = await ballot.ReviewAsync(VotingSetup.Choices(process, "0:1"), BallotPage.Marks(process.OtherProjects[0]));
        var cast = new BallotPage(await ballot.RawPost("Cast", BallotPage.Marks(process.HomeProjects[0], process.OtherProjects[0])).SendAsync(voter.Browser));

        Assert.Multiple(async () =>
        {
            Assert.That(review.IsReviewing, Is.False);
            Assert.That(review.Page.Errors, Does.Contain("Este proyecto no está en tu boleta."));
            Assert.That(cast.Page.Errors, Does.Contain("Este proyecto no está en tu boleta."));
            Assert.That(await VotingSetup.CountAsync(App, process.Id), Is.EqualTo((0, 0)));
        });
    }

    [Test]
    public async Task ResidentOfAnotherDistrictIsNotEligibleAndNothingIsStored()
    {
        var process = await VotingSetup.CreateAsync(App, VotingSetup.Design("ChooseOne"));
        var neighbour = await SignedInUserAsync([], process.Other);
        var ballot = await BallotPage.OpenAsync(neighbour.Browser, process.Id, process.HomeBox);

        var review = await ballot.ReviewAsync(VotingSetup.Choices(process, "0:1"));
        var cast = new BallotPage(await ballot.RawPost("Cast", BallotPage.Marks(process.HomeProjects[0])).SendAsync(neighbour.Browser));

        Assert.Multiple(async () =>
        {
            Assert.That(review.TopErrors, Does.Contain("No puedes votar en esta boleta."));
            Assert.That(cast.TopErrors, Does.Contain("No puedes votar en esta boleta."));
            Assert.That(cast.Page.Url.AbsolutePath, Does.Not.EndWith("/counted"));
            Assert.That(await VotingSetup.CountAsync(App, process.Id), Is.EqualTo((0, 0)));
        });
    }

    [Test]
    public async Task CastAfterTheCloseIsRefusedAndNothingIsStored()
    {
        var process = await VotingSetup.CreateAsync(App, VotingSetup.Design("ChooseOne"), closesIn: TimeSpan.FromHours(1));
        var voter = await SignedInUserAsync([], process.Home);
        var review = await (await BallotPage.OpenAsync(voter.Browser, process.Id, process.HomeBox))
            .ReviewAsync(VotingSetup.Choices(process, "2:1"));
        Assert.That(review.IsReviewing, Is.True, string.Join(" ", review.Page.Errors));

        App.Clock.Advance(TimeSpan.FromHours(2));
        var after = new BallotPage(await review.CastAsync());

        Assert.Multiple(async () =>
        {
            Assert.That(after.Page.Url.AbsolutePath, Is.EqualTo($"/vote/{process.Id}/{process.HomeBox}"));
            Assert.That(after.Notice, Is.EqualTo("La votación ya cerró."));
            Assert.That(after.Page.Find("#ballot"), Is.Null);
            Assert.That(await VotingSetup.CountAsync(App, process.Id), Is.EqualTo((0, 0)));
        });
    }

    [Test]
    public async Task CastBeforeVotingOpensIsRefusedAndNothingIsStored()
    {
        var process = await VotingSetup.CreateAsync(App, VotingSetup.Design("ChooseOne"), opensIn: TimeSpan.FromHours(1));
        var voter = await SignedInUserAsync([], process.Home);
        var page = await BallotPage.OpenAsync(voter.Browser, process.Id, process.HomeBox);
        var token = page.Page.Find("input[name='__RequestVerificationToken']")?.GetAttribute("value") ?? "";

        var cast = new BallotPage(await voter.Browser.PostAsync($"/vote/{process.Id}/{process.HomeBox}?handler=Cast",
            [new("__RequestVerificationToken", token), new("Form.FormKey", new string('b', 32)), new("Form.Marked", process.P(0))]));

        Assert.Multiple(async () =>
        {
            Assert.That(page.Notice, Is.EqualTo("La votación todavía no abre."));
            Assert.That(page.Page.Find("#ballot"), Is.Null);
            Assert.That(token, Is.Not.Empty);
            Assert.That(cast.Page.Url.AbsolutePath, Is.EqualTo($"/vote/{process.Id}/{process.HomeBox}"));
            Assert.That(cast.Notice, Is.EqualTo("La votación todavía no abre."));
            Assert.That(await VotingSetup.CountAsync(App, process.Id), Is.EqualTo((0, 0)));
        });

        App.Clock.Advance(TimeSpan.FromHours(2));
        var opened = await BallotPage.OpenAsync(voter.Browser, process.Id, process.HomeBox);
        Assert.That(opened.ProjectIds, Is.EquivalentTo(process.HomeProjects), opened.Notice);
    }
}
