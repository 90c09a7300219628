using Budgeting.Core.Processes;
using Budgeting.Core.Residents;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Budgeting.Web.Data.Configurations;

public sealed class ResidencyConfiguration : IEntityTypeConfiguration<Residency>
{
    public void Configure(EntityTypeBuilder<Residency> builder)
    {
        builder.Property(r => r.AccountId).HasMaxLength(450).IsRequired();
        builder.HasOne<Account>().WithMany().HasForeignKey(r => r.AccountId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Process>().WithMany().HasForeignKey(r => r.ProcessId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<District>().WithMany().HasForeignKey(r => r.DistrictId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(r => new { r.AccountId, r.ProcessId }).IsUnique();
    }
}
