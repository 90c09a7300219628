using Budgeting.Web.Tests.Infrastructure;

namespace Budgeting.Web.Tests.Security;

/// <summary>An app with the security tests' <see cref="SecurityWorld"/>, made once for the fixture, with no rate limits.</summary>
public abstract class SecurityFixture : AppFixture
{
    protected SecurityWorld World { get; private set; } = null!;

    // Thousands of posts from one address and one user would otherwise meet the limits, which have tests of their own.
    protected override IReadOnlyDictionary<string, string>? Settings { get; } = new[]
    {
        "SignInPerAccount", "SignInPerAddress", "SignUpPerAddress", "CodePerCode", "BallotPerVoter",
    }.ToDictionary(limit => $"Budgeting:RateLimits:{limit}:PermitLimit", _ => "0");

    [OneTimeSetUp]
    public async Task CreateWorld() =>
        World = await SecurityWorld.CreateAsync(App, (organizer, categories, districts) => CreateProcessInProposalsAsync(organizer, categories, districts),
            (author, processId, values) => ProposeAsync(author, processId, values));
}
