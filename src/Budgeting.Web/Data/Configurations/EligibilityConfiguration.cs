using Budgeting.Core.Eligibility;
using Budgeting.Core.Processes;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Budgeting.Web.Data.Configurations;

public sealed class EligibilitySettingsConfiguration : IEntityTypeConfiguration<EligibilitySettings>
{
    public void Configure(EntityTypeBuilder<EligibilitySettings> builder)
    {
        builder.HasKey(s => s.ProcessId);
        builder.Property(s => s.ProcessId).ValueGeneratedNever();
        builder.Property(s => s.Mode).HasConversion<string>().HasMaxLength(16);
        builder.Property(s => s.Salt).HasMaxLength(32).IsRequired();
        builder.HasOne<Process>().WithOne().HasForeignKey<EligibilitySettings>(s => s.ProcessId).OnDelete(DeleteBehavior.Cascade);
    }
}

public sealed class CensusEntryConfiguration : IEntityTypeConfiguration<CensusEntry>
{
    public void Configure(EntityTypeBuilder<CensusEntry> builder)
    {
        builder.Property(e => e.IdentifierHash).HasMaxLength(64).IsRequired();
        builder.Property(e => e.AccountId).HasMaxLength(450).IsConcurrencyToken();
        builder.Ignore(e => e.VoterKey);
        builder.HasOne<Process>().WithMany().HasForeignKey(e => e.ProcessId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<District>().WithMany().HasForeignKey(e => e.DistrictId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(e => new { e.ProcessId, e.IdentifierHash }).IsUnique();
        builder.HasIndex(e => new { e.ProcessId, e.AccountId }).IsUnique();
    }
}

public sealed class CodeBatchConfiguration : IEntityTypeConfiguration<CodeBatch>
{
    public void Configure(EntityTypeBuilder<CodeBatch> builder)
    {
        builder.Property(b => b.SealedCodes).IsRequired();
        builder.Property(b => b.CreatedBy).HasMaxLength(450).IsRequired();
        builder.HasOne<Process>().WithMany().HasForeignKey(b => b.ProcessId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<District>().WithMany().HasForeignKey(b => b.DistrictId).OnDelete(DeleteBehavior.Restrict);
    }
}

public sealed class IssuedCodeConfiguration : IEntityTypeConfiguration<IssuedCode>
{
    public void Configure(EntityTypeBuilder<IssuedCode> builder)
    {
        builder.ToTable("VotingCodes");
        builder.Property(c => c.Hash).HasMaxLength(64).IsRequired();
        builder.Ignore(c => c.VoterKey);
        builder.HasOne<Process>().WithMany().HasForeignKey(c => c.ProcessId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<CodeBatch>().WithMany().HasForeignKey(c => c.BatchId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(c => new { c.ProcessId, c.Hash }).IsUnique();
    }
}

public sealed class PaperBallotConfiguration : IEntityTypeConfiguration<PaperBallot>
{
    public void Configure(EntityTypeBuilder<PaperBallot> builder)
    {
        builder.Property(b => b.Station).HasMaxLength(PaperBallot.MaxStationLength).IsRequired();
        builder.Property(b => b.Status).HasConversion<string>().HasMaxLength(24);
        builder.Property(b => b.Version).IsConcurrencyToken();
        foreach (var kind in new[] { nameof(PaperBallot.FirstKind), nameof(PaperBallot.SecondKind), nameof(PaperBallot.Kind) })
        {
            builder.Property(kind).HasConversion<string>().HasMaxLength(16);
        }
        foreach (var box in new[] { nameof(PaperBallot.FirstBoxKey), nameof(PaperBallot.SecondBoxKey), nameof(PaperBallot.BoxKey) })
        {
            builder.Property(box).HasMaxLength(32);
        }
        foreach (var content in new[] { nameof(PaperBallot.FirstContent), nameof(PaperBallot.SecondContent), nameof(PaperBallot.Content) })
        {
            builder.Property(content).HasMaxLength(8000);
        }
        foreach (var who in new[] { nameof(PaperBallot.FirstKeyedBy), nameof(PaperBallot.SecondKeyedBy), nameof(PaperBallot.ResolvedBy) })
        {
            builder.Property(who).HasMaxLength(450);
        }
        builder.Ignore(b => b.First);
        builder.Ignore(b => b.Second);
        builder.Ignore(b => b.Counted);
        builder.HasOne<Process>().WithMany().HasForeignKey(b => b.ProcessId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(b => new { b.ProcessId, b.Station, b.Folio }).IsUnique();
        builder.HasIndex(b => new { b.ProcessId, b.Status });
    }
}
