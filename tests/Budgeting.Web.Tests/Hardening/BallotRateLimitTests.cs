using System.Net;
using Budgeting.Web.Tests.Infrastructure;

namespace Budgeting.Web.Tests.Hardening;

/// <summary>
/// Ballot posts count per voter, never per address: a polling station (or the load test) sends many voters' ballots from
/// one address. Every browser here comes from the same test address.
/// </summary>
public sealed class BallotRateLimitTests : AppFixture
{
    private const int PerVoter = 3;

    protected override IReadOnlyDictionary<string, string> Settings => new Dictionary<string, string>
    {
        ["Budgeting:RateLimits:BallotPerVoter:PermitLimit"] = PerVoter.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Budgeting:RateLimits:BallotPerVoter:Window"] = "01:00:00",
    };

    [Test]
    public async Task ManyVotersFromOneAddressAreNeverLimitedButOneVoterIs()
    {
        var process = await VotingSetup.CreateAsync(App, VotingSetup.Design("Approval min=1 max=2"));
        var voters = new List<TestUser>();
        for (var i = 0; i < 6; i++)
        {
            voters.Add(await SignedInUserAsync([], process.Home));
        }
        var counted = new List<string>();
        foreach (var voter in voters)
        {
            var page = await (await BallotPage.OpenAsync(voter.Browser, process.Id, process.HomeBox)).VoteAsync(VotingSetup.Choices(process, "0:1"));
            counted.Add(page.Heading);
        }
        var busy = voters[0];
        var answers = new List<HttpStatusCode>();
        for (var i = 0; i < 2; i++)
        {
            var page = await (await BallotPage.OpenAsync(busy.Browser, process.Id, process.HomeBox)).ReviewAsync(VotingSetup.Choices(process, "1:1"));
            answers.Add(page.Page.Status);
        }
        var other = await (await BallotPage.OpenAsync(voters[1].Browser, process.Id, process.HomeBox)).ReviewAsync(VotingSetup.Choices(process, "1:1"));

        Assert.Multiple(async () =>
        {
            Assert.That(counted, Is.All.EqualTo("Tu voto está contado"), "six voters, one address, two posts each");
            Assert.That(answers, Is.EqualTo(new[] { HttpStatusCode.OK, HttpStatusCode.TooManyRequests }), "the busy voter's third and fourth posts");
            Assert.That(other.Page.Status, Is.EqualTo(HttpStatusCode.OK));
            Assert.That((await VotingSetup.CountAsync(App, process.Id)).Ballots, Is.EqualTo(voters.Count));
        });
    }
}
