using Budgeting.Core.Auditing;
using Budgeting.Core.Eligibility;
using Budgeting.Core.Processes;
using Budgeting.Core.Projects;
using Budgeting.Core.Proposals;
using Budgeting.Core.Residents;
using Budgeting.Core.Results;
using Budgeting.Core.Voting;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace Budgeting.Web.Data;

/// <summary>The app's one context, on SQLite; <see cref="PostgresBudgetingDbContext"/> is the same model with PostgreSQL's migrations.</summary>
public class BudgetingDbContext : IdentityDbContext<Account>, IDataProtectionKeyContext
{
    public BudgetingDbContext(DbContextOptions<BudgetingDbContext> options)
        : base(options)
    {
    }

    protected BudgetingDbContext(DbContextOptions options)
        : base(options)
    {
    }

    public DbSet<Process> Processes => Set<Process>();

    public DbSet<District> Districts => Set<District>();

    public DbSet<Category> Categories => Set<Category>();

    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();

    public DbSet<Proposal> Proposals => Set<Proposal>();

    public DbSet<Project> Projects => Set<Project>();

    public DbSet<Residency> Residencies => Set<Residency>();

    public DbSet<BallotSettings> BallotSettings => Set<BallotSettings>();

    public DbSet<StoredBallot> Ballots => Set<StoredBallot>();

    public DbSet<Participation> Participations => Set<Participation>();

    public DbSet<AcceptedSubmission> VoteSubmissions => Set<AcceptedSubmission>();

    public DbSet<EligibilitySettings> EligibilitySettings => Set<EligibilitySettings>();

    public DbSet<CensusEntry> CensusEntries => Set<CensusEntry>();

    public DbSet<CodeBatch> CodeBatches => Set<CodeBatch>();

    public DbSet<IssuedCode> VotingCodes => Set<IssuedCode>();

    public DbSet<PaperBallot> PaperBallots => Set<PaperBallot>();

    public DbSet<ResultSnapshot> ResultSnapshots => Set<ResultSnapshot>();

    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(BudgetingDbContext).Assembly);
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        configurationBuilder.Properties<DateTime>().HaveConversion<UtcDateTimeConverter>();
        configurationBuilder.Properties<DateTime?>().HaveConversion<UtcDateTimeConverter>();
    }
}
