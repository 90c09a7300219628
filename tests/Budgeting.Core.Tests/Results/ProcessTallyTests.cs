using Budgeting.Core.Processes;
using Budgeting.Core.Results;
using Budgeting.Core.Voting;
using Voting = Budgeting.Core.Tests.Voting;
using Budgeting.Tallying;
using Budgeting.Tallying.Pabulib;
using static Budgeting.Core.Tests.Processes.Schedules;
using static Budgeting.Core.Tests.Voting.Ballots;

namespace Budgeting.Core.Tests.Results;

public sealed class ProcessTallyTests
{
    private static readonly Dictionary<int, string> Titles = new()
    {
        [1] = "Luminarias", [2] = "Parque «El Ángel»", [3] = "Banquetas", [4] = "Huerto", [5] = "Biblioteca",
    };

    private static readonly BallotRules Approval = Rules(new BallotDesign(BallotType.Approval, MinProjects: 0));

    private static CountedBox Counted(params string[] ballots) => new(Box(), "Santa Úrsula Coapa", Titles,
        ballots.Select(b => Approval.Check(Choices(b), Box(), Phase.Voting, Voting.Eligibility.Yes).Ballot!).ToList());

    private static BoxOutcome Tally(string rule, params string[] ballots) =>
        ProcessTally.Run(Process.Create(Details()), Approval, [Counted(ballots)], rule).Single();

    [Test]
    public void ListsFundedProjectsInTheRulesOrderThenTheRestByVotes()
    {
        var outcome = Tally("greedy_cost_sat", "1:1,2:1", "2:1,5:1", "2:1,3:1", "4:1");

        Assert.Multiple(() =>
        {
            Assert.That(outcome.Projects.Select(p => (p.Id, p.Votes, p.Funded)),
                Is.EqualTo(new[] { ("2", 3, true), ("1", 1, true), ("3", 1, true), ("4", 1, true), ("5", 1, false) }));
            Assert.That(outcome.TotalCost, Is.EqualTo(1000));
            Assert.That(outcome.Projects[^1].Reason, Is.EqualTo(UnfundedReason.DidNotFit));
            Assert.That(outcome.Ballots, Is.EqualTo(4));
        });
    }

    [Test]
    public void ThePublishedPabulibFileTalliesToTheSameOutcome()
    {
        var outcome = Tally("mes_cost_sat_add1_greedy", "1:1,2:1", "2:1,5:1", "2:1,3:1", "4:1,5:1", "5:1");

        var election = PabulibReader.Read(new StringReader(outcome.Pabulib));
        var again = RuleCatalog.Tally(election, "mes_cost_sat_add1_greedy");

        Assert.Multiple(() =>
        {
            Assert.That(again.Selected.Order(StringComparer.Ordinal),
                Is.EqualTo(outcome.Projects.Where(p => p.Funded).Select(p => p.Id).Order(StringComparer.Ordinal)));
            Assert.That(election.Ballots, Has.Count.EqualTo(5));
            Assert.That(outcome.InputSha256, Is.EqualTo(ProcessTally.Sha256(outcome.Pabulib)));
            Assert.That(outcome.Pabulib, Does.Contain("currency;MXN"));
        });
    }

    [Test]
    public void TheHashDoesNotDependOnTheOrderBallotsWereCast()
    {
        string Hash(params string[] ballots)
        {
            var outcome = Tally("mes_cost_sat", ballots);
            return CanonicalResult.Hash(CanonicalResult.Write(1, "Presupuesto 2027", "MXN", "mes_cost_sat", [outcome]));
        }

        var first = Hash("1:1,2:1", "2:1,5:1", "4:1");
        Assert.Multiple(() =>
        {
            Assert.That(Hash("4:1", "1:1,2:1", "2:1,5:1"), Is.EqualTo(first));
            Assert.That(Hash("1:1,2:1", "2:1,5:1", "3:1"), Is.Not.EqualTo(first));
        });
    }

    [Test]
    public void CanonicalDataReadsBackToTheSameBytes()
    {
        var outcome = Tally("mes_cost_sat", "1:1,2:1", "2:1,5:1", "4:1", "5:1,3:1");
        var canonical = CanonicalResult.Write(7, "Presupuesto «2027»", "MXN", "mes_cost_sat", [outcome]);

        var read = CanonicalResult.Read(canonical);

        Assert.Multiple(() =>
        {
            Assert.That(CanonicalResult.Write(read.ProcessId, read.ProcessName, read.Currency, read.Rule, read.Boxes), Is.EqualTo(canonical));
            Assert.That(read.Boxes.Single().Projects.Select(p => p.Title), Does.Contain("Parque «El Ángel»"));
            Assert.That(canonical, Does.StartWith("{\"boxes\":[{\"ballots\":4,\"box\":\"1/10\""));
            Assert.That(canonical, Does.Not.Contain(" \"").And.Not.Contain("\n"));
        });
    }

    [Test]
    public void AnyoneGetsTheSameCanonicalBytesFromThePublishedFiles()
    {
        var outcome = Tally("mes_cost_sat_add1_greedy", "1:1,2:1", "2:1,5:1", "2:1,3:1", "4:1,5:1", "5:1");
        var published = CanonicalResult.Write(1, "Presupuesto 2027", "MXN", "mes_cost_sat_add1_greedy", [outcome]);

        var recomputed = ProcessTally.Outcome(PabulibReader.Read(new StringReader(outcome.Pabulib)), outcome.Pabulib, "mes_cost_sat_add1_greedy");

        Assert.Multiple(() =>
        {
            Assert.That(CanonicalResult.Write(1, "Presupuesto 2027", "MXN", "mes_cost_sat_add1_greedy", [recomputed]), Is.EqualTo(published));
            Assert.That(recomputed.Name, Is.EqualTo("Santa Úrsula Coapa"));
            Assert.That(recomputed.Projects.Select(p => p.Title), Does.Contain("Parque «El Ángel»"));
        });
    }

    [TestCase(BallotType.Approval, "mes_cost_sat_add1_greedy")]
    [TestCase(BallotType.Knapsack, "mes_cost_sat_add1_greedy")]
    [TestCase(BallotType.Cumulative, "mes_additive_cardinal_sat_add1_greedy")]
    [TestCase(BallotType.Ranked, "greedy_cost_sat")]
    [TestCase(BallotType.ChooseOne, "greedy_cost_sat")]
    public void DefaultRuleIsOneOfferedForTheBallotType(BallotType type, string rule) =>
        Assert.Multiple(() =>
        {
            Assert.That(ProcessTally.DefaultRule(type), Is.EqualTo(rule));
            Assert.That(ProcessTally.RulesFor(type), Does.Contain(rule));
        });
}
