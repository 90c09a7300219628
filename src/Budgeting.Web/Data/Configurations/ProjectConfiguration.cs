using Budgeting.Core.Processes;
using Budgeting.Core.Projects;
using Budgeting.Core.Proposals;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Budgeting.Web.Data.Configurations;

public sealed class ProjectConfiguration : IEntityTypeConfiguration<Project>
{
    public void Configure(EntityTypeBuilder<Project> builder)
    {
        builder.Property(p => p.Title).HasMaxLength(Limits.Name).IsRequired();
        builder.Property(p => p.Description).HasMaxLength(Limits.Description).IsRequired();
        builder.Property(p => p.Location).HasMaxLength(Limits.Name);
        builder.Property(p => p.PhotoKey).HasMaxLength(Limits.StorageKey);
        builder.HasOne<Process>().WithMany().HasForeignKey(p => p.ProcessId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<District>().WithMany().HasForeignKey(p => p.DistrictId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Category>().WithMany().HasForeignKey(p => p.CategoryId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Proposal>().WithMany().HasForeignKey(p => p.ProposalId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(p => p.ProposalId).IsUnique();
        builder.HasIndex(p => new { p.ProcessId, p.DistrictId });
    }
}
