using Budgeting.Core.Processes;
using Budgeting.Core.Results;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Budgeting.Web.Data.Configurations;

public sealed class ResultSnapshotConfiguration : IEntityTypeConfiguration<ResultSnapshot>
{
    public void Configure(EntityTypeBuilder<ResultSnapshot> builder)
    {
        builder.Property(s => s.Rule).HasMaxLength(64).IsRequired();
        builder.Property(s => s.Reason).HasMaxLength(1000).IsRequired();
        builder.Property(s => s.CreatedBy).HasMaxLength(450).IsRequired();
        builder.Property(s => s.Canonical).IsRequired();
        builder.Property(s => s.Sha256).HasMaxLength(64).IsRequired();
        builder.HasOne<Process>().WithMany().HasForeignKey(s => s.ProcessId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(s => s.Inputs).WithOne().HasForeignKey(i => i.SnapshotId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(s => s.Inputs).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.HasIndex(s => s.ProcessId);
    }
}

public sealed class ResultInputConfiguration : IEntityTypeConfiguration<ResultInput>
{
    public void Configure(EntityTypeBuilder<ResultInput> builder)
    {
        builder.Property(i => i.BoxKey).HasMaxLength(32).IsRequired();
        builder.Property(i => i.Pabulib).IsRequired();
        builder.HasIndex(i => new { i.SnapshotId, i.BoxKey }).IsUnique();
    }
}
