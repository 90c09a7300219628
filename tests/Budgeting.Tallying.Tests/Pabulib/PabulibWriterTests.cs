using Budgeting.Tallying.Pabulib;
using Budgeting.Tallying.Tests.Support;

namespace Budgeting.Tallying.Tests.Pabulib;

public class PabulibWriterTests
{
    public static IEnumerable<string> Instances() => Samples.Instances;

    [TestCaseSource(nameof(Instances))]
    public void WritingThenReadingGivesTheSameElection(string instance)
    {
        var original = Samples.Load(instance);

        var copy = RoundTrip(original, gzip: false);

        AssertSame(copy, original);
    }

    [Test]
    public void RoundTripsThroughGzip()
    {
        var original = Samples.Load("Switzerland_Zurich_S5D10");

        AssertSame(RoundTrip(original, gzip: true), original);
    }

    [Test]
    public void RoundTripsDecimalAmountsAndAwkwardText()
    {
        var original = PabulibReader.Read(new StringReader(""""
            META
            key;value
            description;"semi;colon and ""quotes"""
            budget;10.5
            vote_type;cumulative
            PROJECTS
            project_id;cost;name;target
            a;1.25;" padded ";kids,elderly
            b;3;none;none
            VOTES
            voter_id;vote;points;sex
            1;b,a;2,1;F
            2;;;none
            """"));

        var copy = RoundTrip(original, gzip: false);

        AssertSame(copy, original);
        Assert.That(copy.Budget, Is.EqualTo(1050));
        Assert.That(copy.Projects[0].Targets, Is.EqualTo(new[] { "kids", "elderly" }));
    }

    [TestCase(0, 12345, "12345")]
    [TestCase(2, 12345, "123.45")]
    [TestCase(2, 5, "0.05")]
    [TestCase(3, 0, "0.000")]
    public void FormatsMoneyWithExactlyTheDecimalsOfTheElection(int decimals, long minor, string text)
    {
        Assert.That(PabulibWriter.FormatMoney(minor, decimals), Is.EqualTo(text));
    }

    private static Election RoundTrip(Election election, bool gzip)
    {
        using var buffer = new MemoryStream();
        PabulibWriter.Write(election, buffer, gzip);
        buffer.Position = 0;
        return PabulibReader.Read(buffer);
    }

    private static void AssertSame(Election actual, Election expected)
    {
        Assert.That(actual.Budget, Is.EqualTo(expected.Budget));
        Assert.That(actual.MoneyDecimals, Is.EqualTo(expected.MoneyDecimals));
        Assert.That(actual.VoteType, Is.EqualTo(expected.VoteType));
        Assert.That(actual.Meta.Where(m => m.Key != "num_votes" && m.Key != "num_projects"),
            Is.SupersetOf(expected.Meta.Where(m => m.Key is not ("num_votes" or "num_projects" or "budget"))));
        Assert.That(actual.Projects.Select(Describe), Is.EqualTo(expected.Projects.Select(Describe)));
        Assert.That(actual.Ballots.Select(Describe), Is.EqualTo(expected.Ballots.Select(Describe)));
    }

    private static string Describe(Project p) =>
        $"{p.Id}|{p.Cost}|{p.Name}|{Join(p.Categories)}|{Join(p.Targets)}|{string.Join(",", p.Extra.OrderBy(e => e.Key, StringComparer.Ordinal))}";

    private static string Describe(Ballot b) =>
        $"{b.VoterId}|{string.Join(",", b.Projects)}|{Join(b.Points?.Select(x => x.ToString(System.Globalization.CultureInfo.InvariantCulture)))}|{string.Join(",", b.Extra.OrderBy(e => e.Key, StringComparer.Ordinal))}";

    private static string Join(IEnumerable<string>? values) => values is null ? "<null>" : string.Join(",", values);
}
