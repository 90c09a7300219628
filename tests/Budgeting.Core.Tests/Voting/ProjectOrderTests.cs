using System.Text;
using Budgeting.Core.Voting;

namespace Budgeting.Core.Tests.Voting;

public sealed class ProjectOrderTests
{
    private static readonly int[] Projects = [11, 12, 13, 14, 15];

    // Computed independently from the documented algorithm (Python hashlib), not by running this code.
    private static readonly int[] Golden = [4, 3, 5, 6, 2, 1];

    private static byte[] Seed(int i) => Encoding.ASCII.GetBytes($"voter-{i}");

    [Test]
    public void GivesSameOrderForSameSeed()
    {
        var first = ProjectOrder.Shuffle(Projects, Seed(1));
        var again = ProjectOrder.Shuffle(Projects, Seed(1));

        Assert.That(again, Is.EqualTo(first));
    }

    [Test]
    public void IgnoresInputOrder() =>
        Assert.That(ProjectOrder.Shuffle(Projects.Reverse(), Seed(2)), Is.EqualTo(ProjectOrder.Shuffle(Projects, Seed(2))));

    [Test]
    public void ListsEveryProjectOnce() =>
        Assert.That(ProjectOrder.Shuffle(Projects, Seed(3)), Is.EquivalentTo(Projects));

    [Test]
    public void KeepsOrderStableAcrossVersions() =>
        Assert.That(ProjectOrder.Shuffle([1, 2, 3, 4, 5, 6], "seed"u8), Is.EqualTo(Golden));

    [Test]
    public void GivesDifferentOrdersForDifferentSeeds()
    {
        var orders = Enumerable.Range(0, 50).Select(i => string.Join(",", ProjectOrder.Shuffle(Projects, Seed(i))));

        Assert.That(orders.Distinct().Count(), Is.GreaterThan(30));
    }

    [TestCase(0)]
    [TestCase(1)]
    public void HandlesTinyBallots(int count) =>
        Assert.That(ProjectOrder.Shuffle(Projects.Take(count), Seed(0)), Is.EqualTo(Projects.Take(count)));

    [Test]
    public void RefusesProjectListedTwice() =>
        Assert.That(() => ProjectOrder.Shuffle([1, 2, 1], Seed(0)), Throws.ArgumentException);

    [Test]
    public void PutsEveryProjectInEveryPositionEquallyOften()
    {
        const int voters = 20_000;
        var counts = new int[Projects.Length, Projects.Length];
        for (var v = 0; v < voters; v++)
        {
            var order = ProjectOrder.Shuffle(Projects, Seed(v));
            for (var position = 0; position < order.Count; position++)
            {
                counts[Array.IndexOf(Projects, order[position]), position]++;
            }
        }

        // Expected 4000 per cell, standard deviation about 57; 300 is over five of them.
        Assert.That(counts.Cast<int>(), Is.All.InRange(3700, 4300));
    }

    [Test]
    public void DrawsEveryPermutationEquallyOften()
    {
        const int voters = 30_000;
        var counts = Enumerable.Range(0, voters)
            .Select(v => string.Join(",", ProjectOrder.Shuffle([1, 2, 3], Seed(v))))
            .CountBy(order => order)
            .ToDictionary();

        // Expected 5000 per permutation, standard deviation about 65; a naive swap-with-any shuffle gives 4444 or 5556.
        Assert.Multiple(() =>
        {
            Assert.That(counts, Has.Count.EqualTo(6));
            Assert.That(counts.Values, Is.All.InRange(4700, 5300));
        });
    }

    [Test]
    public void DerivesStableSeedPerVoterAndBox()
    {
        var secret = "server-secret"u8.ToArray();
        var box = new BallotBoxId(1, 10);

        var seed = ProjectOrder.SeedFor(secret, box, "account-1");

        Assert.Multiple(() =>
        {
            Assert.That(ProjectOrder.SeedFor(secret, box, "account-1"), Is.EqualTo(seed));
            Assert.That(ProjectOrder.SeedFor(secret, box, "account-2"), Is.Not.EqualTo(seed));
            Assert.That(ProjectOrder.SeedFor(secret, box with { DistrictId = null }, "account-1"), Is.Not.EqualTo(seed));
            Assert.That(ProjectOrder.SeedFor("other"u8, box, "account-1"), Is.Not.EqualTo(seed));
        });
    }
}
