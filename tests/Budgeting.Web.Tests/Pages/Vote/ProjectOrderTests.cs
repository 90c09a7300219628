using Budgeting.Web.Tests.Infrastructure;

namespace Budgeting.Web.Tests.Pages.Vote;

public sealed class ProjectOrderTests : AppFixture
{
    [Test]
    public async Task BallotListsEveryProjectOfTheBoxAndOnlyThose()
    {
        var process = await VotingSetup.CreateAsync(App, VotingSetup.Design("Approval min=1"));
        var home = await SignedInUserAsync([], process.Home);
        var other = await SignedInUserAsync([], process.Other);

        var homeBallot = await BallotPage.OpenAsync(home.Browser, process.Id, process.HomeBox);
        var otherBallot = await BallotPage.OpenAsync(other.Browser, process.Id, process.OtherBox);

        Assert.Multiple(() =>
        {
            Assert.That(homeBallot.ProjectIds, Is.EquivalentTo(process.HomeProjects));
            Assert.That(otherBallot.ProjectIds, Is.EquivalentTo(process.OtherProjects));
        });
    }

    [TestCase("Approval min=1")]
    [TestCase("Cumulative points=10")]
    [TestCase("Ranked k=2")]
    public async Task OrderStaysTheSameAcrossReloadsAndAfterVoting(string design)
    {
        var process = await VotingSetup.CreateAsync(App, VotingSetup.Design(design));
        var voter = await SignedInUserAsync([], process.Home);
        var first = await BallotPage.OpenAsync(voter.Browser, process.Id, process.HomeBox);

        var reload = await BallotPage.OpenAsync(voter.Browser, process.Id, process.HomeBox);
        await reload.VoteAsync(VotingSetup.Choices(process, "0:1,1:2"));
        var afterVoting = await BallotPage.OpenAsync(voter.Browser, process.Id, process.HomeBox);

        Assert.Multiple(() =>
        {
            Assert.That(first.ProjectIds, Has.Count.EqualTo(process.HomeProjects.Count));
            Assert.That(reload.ProjectIds, Is.EqualTo(first.ProjectIds));
            Assert.That(afterVoting.ProjectIds, Is.EqualTo(first.ProjectIds));
        });
    }

    [Test]
    public async Task OrderDiffersBetweenVoters()
    {
        var process = await VotingSetup.CreateAsync(App, VotingSetup.Design("Approval min=1"));
        var orders = new List<string>();
        for (var i = 0; i < 6; i++)
        {
            var voter = await SignedInUserAsync([], process.Home);
            orders.Add(string.Join(",", (await BallotPage.OpenAsync(voter.Browser, process.Id, process.HomeBox)).ProjectIds));
        }

        Assert.That(orders.Distinct().Count(), Is.GreaterThanOrEqualTo(2), string.Join(" | ", orders));
    }
}
