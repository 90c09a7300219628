using Budgeting.Core.Voting;
using static Budgeting.Core.Tests.Voting.Entities;

namespace Budgeting.Core.Tests.Voting;

public sealed class BallotBoxTests
{
    [TestCase(10, 1000L, new[] { 1, 3 })]
    [TestCase(20, 2000L, new[] { 2 })]
    [TestCase(null, 5000L, new[] { 4 })]
    public void ListsOnlyTheProjectsOfItsBallot(int? districtId, long budget, int[] projectIds)
    {
        var process = Process();
        var projects = new[]
        {
            Project(process, 3, 10, 300), Project(process, 2, 20, 200), Project(process, 1, 10, 100),
            Project(process, 4, null, 400),
        };

        var box = BallotBox.For(process, districtId, projects);

        Assert.Multiple(() =>
        {
            Assert.That(box.Id, Is.EqualTo(new BallotBoxId(1, districtId)));
            Assert.That(box.Budget, Is.EqualTo(budget));
            Assert.That(box.Projects.Select(p => p.Id), Is.EqualTo(projectIds));
            Assert.That(box.Projects.Select(p => p.Cost), Is.EqualTo(projectIds.Select(id => id * 100L)));
        });
    }

    [Test]
    public void IgnoresProjectsOfAnotherProcess()
    {
        var process = Process();
        var other = Process();
        SetId(other, 2);

        var box = BallotBox.For(process, 10, [Project(other, 7, 10, 100)]);

        Assert.That(box.Projects, Is.Empty);
    }

    [Test]
    public void RefusesUnknownDistrict() =>
        Assert.That(() => BallotBox.For(Process(), 99, []), Throws.ArgumentException);

    [Test]
    public void RefusesCityWideBoxWithoutCityWideBudget() =>
        Assert.That(() => BallotBox.For(Process(cityWide: null), null, []), Throws.ArgumentException);

    [Test]
    public void RefusesProjectListedTwice() =>
        Assert.That(() => new BallotBox(new BallotBoxId(1, 10), 1000, [new(1, 100), new(1, 200)]), Throws.ArgumentException);

    [Test]
    public void RefusesNegativeCost() =>
        Assert.That(() => new BallotBox(new BallotBoxId(1, 10), 1000, [new(1, -1)]), Throws.ArgumentException);

    [Test]
    public void RefusesNegativeBudget() =>
        Assert.That(() => new BallotBox(new BallotBoxId(1, 10), -1, []), Throws.InstanceOf<ArgumentOutOfRangeException>());
}
