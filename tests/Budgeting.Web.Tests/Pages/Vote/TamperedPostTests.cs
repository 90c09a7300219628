using System.Globalization;
using System.Net;
using Budgeting.Web.Tests.Infrastructure;

namespace Budgeting.Web.Tests.Pages.Vote;

public sealed class TamperedPostTests : AppFixture
{
    // The edit is made to the cast form of a valid review: "name=value" replaces every field of that name, "+name=value"
    // adds one; Pn and On stand for the id of the nth home and other-district project.
    [TestCase("ChooseOne", "2:1", "Form.Marked=O0")]
    [TestCase("ChooseOne", "2:1", "Form.Marked=999999")]
    [TestCase("ChooseOne", "2:1", "Form.Marked=-1")]
    [TestCase("ChooseOne", "2:1", "+Form.Marked=P3")]
    [TestCase("Approval min=1 max=1", "2:1", "+Form.Marked=P2")]
    [TestCase("Knapsack", "4:1,3:1", "+Form.Marked=P1")]
    [TestCase("Cumulative points=10", "1:4,2:6", "Form.Points[P1]=-4")]
    [TestCase("Cumulative points=10", "1:4,2:6", "Form.Points[P1]=abc")]
    [TestCase("Cumulative points=10", "1:4,2:6", "Form.Points[P1]=99999999999999999999")]
    [TestCase("Cumulative points=10", "1:4,2:6", "+Form.Points[O0]=1")]
    [TestCase("Cumulative points=10 cap=6", "1:4,2:6", "Form.Points[P2]=7")]
    [TestCase("Ranked k=2", "1:1,2:2", "Form.Ranks[P2]=0")]
    [TestCase("Ranked k=2", "1:1,2:2", "Form.Ranks[P2]=-1")]
    [TestCase("Ranked k=2", "1:1,2:2", "Form.Ranks[P2]=1")]
    [TestCase("Ranked k=2", "1:1,2:2", "+Form.Ranks[P3]=3")]
    public async Task TamperedCastStoresNothing(string design, string choices, string edit)
    {
        var process = await VotingSetup.CreateAsync(App, VotingSetup.Design(design));
        var voter = await SignedInUserAsync([], process.Home);
        var review = await OpenReviewAsync(voter, process, choices);

        var page = new BallotPage(await Tamper(review.CastForm(), process, edit).SendAsync(voter.Browser));

        Assert.Multiple(async () =>
        {
            Assert.That(page.Page.Status, Is.EqualTo(HttpStatusCode.OK), page.Page.Heading);
            Assert.That(page.Page.Url.AbsolutePath, Is.EqualTo($"/vote/{process.Id}/{process.HomeBox}"));
            Assert.That(page.IsReviewing, Is.False);
            Assert.That(page.Page.Errors, Is.Not.Empty);
            Assert.That(await VotingSetup.CountAsync(App, process.Id), Is.EqualTo((0, 0)));
        });
    }

    [Test]
    public async Task TamperedChangeKeepsTheCountedBallot()
    {
        var process = await VotingSetup.CreateAsync(App, VotingSetup.Design("Cumulative points=10"));
        var voter = await SignedInUserAsync([], process.Home);
        await (await OpenReviewAsync(voter, process, "0:10")).CastAsync();
        var before = await VotingSetup.BallotsAsync(App, process.Id);

        var review = await OpenReviewAsync(voter, process, "1:5,2:5");
        await Tamper(review.CastForm(), process, "Form.Points[P1]=-5").SendAsync(voter.Browser);

        var after = await VotingSetup.BallotsAsync(App, process.Id);
        var participation = await VotingSetup.ParticipationAsync(App, voter.Id, process.Id);
        Assert.Multiple(() =>
        {
            Assert.That(after.Select(b => (b.Id, b.Content, b.ReceiptHash)), Is.EqualTo(before.Select(b => (b.Id, b.Content, b.ReceiptHash))));
            Assert.That(participation?.Changes, Is.Zero);
        });
    }

    [Test]
    public async Task CastWithoutTheAntiforgeryTokenIsRefused()
    {
        var process = await VotingSetup.CreateAsync(App, VotingSetup.Design("ChooseOne"));
        var voter = await SignedInUserAsync([], process.Home);
        var review = await OpenReviewAsync(voter, process, "0:1");

        var form = review.CastForm();
        var page = await new FormPost(form.Url, [.. form.Fields.Where(f => f.Key != "__RequestVerificationToken")]).SendAsync(voter.Browser);

        Assert.Multiple(async () =>
        {
            Assert.That(page.Status, Is.EqualTo(HttpStatusCode.BadRequest));
            Assert.That(await VotingSetup.CountAsync(App, process.Id), Is.EqualTo((0, 0)));
        });
    }

    [Test]
    public async Task CastIntoAnotherDistrictsBoxIsNotEligible()
    {
        var process = await VotingSetup.CreateAsync(App, VotingSetup.Design("ChooseOne"));
        var voter = await SignedInUserAsync([], process.Home);
        var review = await OpenReviewAsync(voter, process, "0:1");

        var form = review.CastForm();
        var page = new BallotPage(await new FormPost(form.Url.Replace($"/{process.HomeBox}?", $"/{process.OtherBox}?", StringComparison.Ordinal),
            [.. form.Fields.Where(f => f.Key != "Form.Marked"), new("Form.Marked", process.OtherProjects[0].ToString(CultureInfo.InvariantCulture))])
            .SendAsync(voter.Browser));

        Assert.Multiple(async () =>
        {
            Assert.That(page.TopErrors, Does.Contain("No puedes votar en esta boleta."));
            Assert.That(await VotingSetup.CountAsync(App, process.Id), Is.EqualTo((0, 0)));
        });
    }

    private static async Task<BallotPage> OpenReviewAsync(TestUser voter, VotingProcess process, string choices)
    {
        var review = await (await BallotPage.OpenAsync(voter.Browser, process.Id, process.HomeBox))
            .ReviewAsync(VotingSetup.Choices(process, choices));
        Assert.That(review.IsReviewing, Is.True, "The untampered ballot should be valid: " + string.Join(" ", review.Page.Errors));
        return review;
    }

    private static FormPost Tamper(FormPost form, VotingProcess process, string edit)
    {
        var add = edit.StartsWith('+');
        var (name, value) = (edit.TrimStart('+').Split('=')[0], edit.Split('=')[1]);
        string Ids(string text)
        {
            for (var i = process.HomeProjects.Count - 1; i >= 0; i--)
            {
                text = text.Replace($"P{i}", process.P(i), StringComparison.Ordinal);
            }
            for (var i = process.OtherProjects.Count - 1; i >= 0; i--)
            {
                text = text.Replace($"O{i}", process.OtherProjects[i].ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal);
            }
            return text;
        }
        return add
            ? form with { Fields = [.. form.Fields, new(Ids(name), Ids(value))] }
            : form.With(Ids(name), Ids(value));
    }
}
