using Budgeting.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace Budgeting.Web.Pages.Vote;

public static class VotingServices
{
    /// <summary>The ballot write queue (a hosted service), the box cache and what keeps it true.</summary>
    public static IServiceCollection AddBallotWriting(this IServiceCollection services)
    {
        services.AddSingleton<BallotBoxCache>();
        services.AddSingleton<BallotBoxChanges>();
        services.ConfigureDbContext<BudgetingDbContext>((provider, options) =>
            options.AddInterceptors(provider.GetRequiredService<BallotBoxChanges>()));
        services.AddScoped<BallotStore>();
        services.AddSingleton<BallotCommits>();
        services.AddHostedService(provider => provider.GetRequiredService<BallotCommits>());
        return services;
    }
}
