using Budgeting.Core.Processes;
using Budgeting.Core.Proposals;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Budgeting.Web.Data.Configurations;

public sealed class ProposalConfiguration : IEntityTypeConfiguration<Proposal>
{
    public void Configure(EntityTypeBuilder<Proposal> builder)
    {
        builder.Property(p => p.Title).HasMaxLength(Limits.Name).IsRequired();
        builder.Property(p => p.Description).HasMaxLength(Limits.Description).IsRequired();
        builder.Property(p => p.AuthorId).HasMaxLength(450).IsRequired();
        builder.Property(p => p.ReviewerId).HasMaxLength(450);
        builder.Property(p => p.Location).HasMaxLength(Limits.Name);
        builder.Property(p => p.PhotoKey).HasMaxLength(Limits.StorageKey);
        builder.Property(p => p.RulingReason).HasMaxLength(Limits.Description);
        builder.Property(p => p.Status).HasConversion<string>().HasMaxLength(16);
        builder.Ignore(p => p.Cost);
        builder.HasOne<Process>().WithMany().HasForeignKey(p => p.ProcessId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<District>().WithMany().HasForeignKey(p => p.DistrictId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Category>().WithMany().HasForeignKey(p => p.CategoryId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Account>().WithMany().HasForeignKey(p => p.AuthorId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Proposal>().WithMany().HasForeignKey(p => p.MergedIntoId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(p => new { p.ProcessId, p.DistrictId, p.Status });
        builder.HasIndex(p => p.AuthorId);
    }
}
