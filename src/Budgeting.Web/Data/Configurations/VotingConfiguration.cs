using Budgeting.Core.Processes;
using Budgeting.Core.Voting;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Budgeting.Web.Data.Configurations;

public sealed class StoredBallotConfiguration : IEntityTypeConfiguration<StoredBallot>
{
    public void Configure(EntityTypeBuilder<StoredBallot> builder)
    {
        builder.ToTable("Ballots");
        builder.Property(b => b.Id).HasMaxLength(32);
        builder.Property(b => b.BoxKey).HasMaxLength(32).IsRequired();
        builder.Property(b => b.Content).HasMaxLength(8000).IsRequired();
        builder.Property(b => b.ReceiptHash).HasMaxLength(64).IsRequired();
        builder.HasOne<Process>().WithMany().HasForeignKey(b => b.ProcessId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(b => b.ReceiptHash).IsUnique();
        builder.HasIndex(b => b.BoxKey);
    }
}

public sealed class ParticipationConfiguration : IEntityTypeConfiguration<Participation>
{
    public void Configure(EntityTypeBuilder<Participation> builder)
    {
        builder.Property(p => p.VoterKey).HasMaxLength(500).IsRequired();
        builder.Property(p => p.BoxKey).HasMaxLength(32).IsRequired();
        builder.Property(p => p.SealedReceipt).HasMaxLength(1000).IsRequired();
        builder.Property(p => p.SubmissionKey).HasMaxLength(64).IsRequired();
        builder.Property(p => p.Channel).HasConversion<string>().HasMaxLength(16);
        // Two nodes replacing one voter's ballot at once: the second write finds the count moved and starts over.
        builder.Property(p => p.Changes).IsConcurrencyToken();
        builder.HasOne<Process>().WithMany().HasForeignKey(p => p.ProcessId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(p => new { p.VoterKey, p.BoxKey }).IsUnique();
        builder.HasIndex(p => p.BoxKey);
    }
}

public sealed class AcceptedSubmissionConfiguration : IEntityTypeConfiguration<AcceptedSubmission>
{
    public void Configure(EntityTypeBuilder<AcceptedSubmission> builder)
    {
        builder.ToTable("VoteSubmissions");
        builder.Property(s => s.VoterKey).HasMaxLength(500).IsRequired();
        builder.Property(s => s.BoxKey).HasMaxLength(32).IsRequired();
        builder.Property(s => s.FormKey).HasMaxLength(64).IsRequired();
        builder.HasIndex(s => new { s.VoterKey, s.BoxKey, s.FormKey }).IsUnique();
    }
}
