using System.Text;
using Budgeting.Tallying.Pabulib;

namespace Budgeting.Tallying.Tests.Pabulib;

public class PabulibReaderTests
{
    private const string Small = """
        META
        key;value
        description;"A ""quoted"" description; with a semicolon"
        budget;100,50
        vote_type;approval
        PROJECTS
        project_id;cost;name;category;votes
        1;40;"Park; north";green,culture;2
        2;60.25;Library;none;1
        c10;0;Bench;green;0
        VOTES
        voter_id;vote;age
        a;1,2;30
        b;1;none
        c;;41;extra column
        """;

    [Test]
    public void ReadsAllSectionsWithQuotingDecimalsAndEmptyVotes()
    {
        var election = PabulibReader.Read(new StringReader(Small));

        Assert.That(election.MoneyDecimals, Is.EqualTo(2));
        Assert.That(election.Budget, Is.EqualTo(10050));
        Assert.That(election.VoteType, Is.EqualTo(VoteType.Approval));
        Assert.That(election.MetaValue("description"), Is.EqualTo("A \"quoted\" description; with a semicolon"));
        Assert.That(election.Projects.Select(p => (p.Id, p.Cost)), Is.EqualTo(new[] { ("1", 4000L), ("2", 6025L), ("c10", 0L) }));
        Assert.That(election.Projects[0].Name, Is.EqualTo("Park; north"));
        Assert.That(election.Projects[0].Categories, Is.EqualTo(new[] { "green", "culture" }));
        Assert.That(election.Projects[1].Categories, Is.Null);
        Assert.That(election.Projects[0].Extra["votes"], Is.EqualTo("2"));
        Assert.That(election.Ballots.Select(b => b.Projects.Count), Is.EqualTo(new[] { 2, 1, 0 }));
        Assert.That(election.Ballots[0].Extra["age"], Is.EqualTo("30"));
        Assert.That(election.Ballots[1].Extra.ContainsKey("age"), Is.False);
    }

    [Test]
    public void SkipsTheByteOrderMark()
    {
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(Small)).ToArray();

        var election = PabulibReader.Read(new MemoryStream(bytes));

        Assert.That(election.MetaValue("description"), Does.StartWith("A \"quoted\""));
    }

    [Test]
    public void ReadsCumulativePointsAndOrdinalRanks()
    {
        var cumulative = PabulibReader.Read(new StringReader(Build("cumulative", "voter_id;vote;points", "1;2,1;7,3")));
        var ordinal = PabulibReader.Read(new StringReader(Build("ordinal", "voter_id;vote", "1;2,1")));

        Assert.That(cumulative.Ballots[0].Points, Is.EqualTo(new long[] { 7, 3 }));
        Assert.That(ordinal.Ballots[0].Projects, Is.EqualTo(new[] { "2", "1" }));
    }

    [Test]
    public void ReadsApprovalOfTheSameProjectTwiceAsOneApproval()
    {
        var election = PabulibReader.Read(new StringReader(Build("approval", "voter_id;vote", "1;2,2,1")));

        Assert.That(election.Ballots[0].Projects, Is.EqualTo(new[] { "2", "1" }));
    }

    [TestCase("approval", "voter_id;vote", "1;3", 11, "project '3'")]
    [TestCase("cumulative", "voter_id;vote;points", "1;1,2;5", 11, "2 projects but 1 points")]
    [TestCase("cumulative", "voter_id;vote;points", "1;1;x", 11, "points 'x'")]
    [TestCase("approval", "voter_id;vote", "1;\"1", 11, "quoted field")]
    [TestCase("referendum", "voter_id;vote", "1;1", 4, "vote_type")]
    public void ReportsTheLineOfMalformedInput(string voteType, string header, string row, int line, string problem)
    {
        var e = Assert.Throws<PabulibFormatException>(() => PabulibReader.Read(new StringReader(Build(voteType, header, row))));

        Assert.That(e!.LineNumber, Is.EqualTo(line));
        Assert.That(e.Message, Does.StartWith($"line {line}:").And.Contain(problem));
    }

    [TestCase("PROJECTS\nproject_id;cost\n1;abc\n", "cost 'abc'")]
    [TestCase("PROJECTS\nproject_id;cost\n1;-5\n", "cost '-5'")]
    [TestCase("PROJECTS\nproject_id;cost\n1;5\n1;6\n", "appears twice")]
    [TestCase("PROJECTS\nproject_id;name\n1;x\n", "no 'cost' column")]
    public void ReportsMalformedProjects(string projects, string problem)
    {
        var text = "META\nkey;value\nbudget;10\nvote_type;approval\n" + projects + "VOTES\nvoter_id;vote\n";

        var e = Assert.Throws<PabulibFormatException>(() => PabulibReader.Read(new StringReader(text)));

        Assert.That(e!.Message, Does.Contain(problem));
        Assert.That(e.LineNumber, Is.GreaterThan(0));
    }

    [TestCase("META\nkey;value\nvote_type;approval\nPROJECTS\nproject_id;cost\nVOTES\nvoter_id;vote\n", "'budget'")]
    [TestCase("META\nkey;value\nbudget;1\nvote_type;approval\nPROJECTS\nproject_id;cost\n", "no VOTES section")]
    [TestCase("budget;1\n", "before the first section")]
    [TestCase("", "no META section")]
    public void ReportsMissingParts(string text, string problem)
    {
        var e = Assert.Throws<PabulibFormatException>(() => PabulibReader.Read(new StringReader(text)));

        Assert.That(e!.Message, Does.Contain(problem));
    }

    [Test]
    public void ReportsGarbageBytesAsFormatErrors()
    {
        var bytes = new byte[] { 0x1f, 0x8b, 1, 2, 3, 4, 5 };

        Assert.Throws<PabulibFormatException>(() => PabulibReader.Read(new MemoryStream(bytes)));
    }

    internal static string Build(string voteType, string voteHeader, string row) =>
        $"META\nkey;value\nbudget;100\nvote_type;{voteType}\nPROJECTS\nproject_id;cost\n1;40\n2;60\nVOTES\n{voteHeader}\n{row}\n";
}
