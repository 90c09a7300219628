using Budgeting.Core.Eligibility;
using Budgeting.Web.Tests.Infrastructure;

namespace Budgeting.Web.Tests.Pages.Eligibility;

/// <summary>Alone in its app: whether any vote with codes is open depends on every process of the app.</summary>
public sealed class CodeOutsideVotingTests : AppFixture
{
    [Test]
    public async Task CodeOpensABallotOnlyWhileItsProcessVotes()
    {
        var admin = await SignedInAsAdminAsync();
        var process = await EligibilitySetup.CreateAsync(App, EligibilityMode.Codes, opensIn: TimeSpan.FromDays(2));
        var code = (await CodeVoting.IssueAsync(admin, process.Id, process.Home, 2))[0];

        var before = await CodeVoting.RedeemAsync(NewBrowser(), code);
        await MoveToPhaseAsync(admin, process.Id, "Voting");
        var voter = NewBrowser();
        var during = await CodeVoting.RedeemAsync(voter, code);
        var another = await EligibilitySetup.CreateAsync(App, EligibilityMode.CensusOrCodes);
        await MoveToPhaseAsync(admin, process.Id, "Closed");
        var after = await CodeVoting.RedeemAsync(NewBrowser(), code);
        var ballot = new BallotPage(await voter.GetAsync($"/vote/{process.Id}/{process.HomeBox}"));

        Assert.Multiple(() =>
        {
            Assert.That(CodeVoting.Error(before), Is.EqualTo("No hay ninguna votación con códigos abierta ahora."));
            Assert.That(during.Url.AbsolutePath, Is.EqualTo($"/vote/{process.Id}/{process.Home}"), CodeVoting.Error(during));
            Assert.That(CodeVoting.Error(after), Is.EqualTo("No reconocemos ese código. Revísalo con tu hoja; si es correcto, pide ayuda a quien organiza."),
                $"process {another.Id} votes with codes now, so a closed process's code is just not recognized");
            Assert.That(ballot.Notice, Is.EqualTo("La votación ya cerró."));
            Assert.That(ballot.Page.Find("#ballot"), Is.Null);
        });
    }
}
