using Budgeting.Core.Processes;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Budgeting.Web.Data.Configurations;

public sealed class DistrictConfiguration : IEntityTypeConfiguration<District>
{
    public void Configure(EntityTypeBuilder<District> builder)
    {
        builder.Property(d => d.Name).HasMaxLength(Limits.ShortName).IsRequired();
        builder.HasIndex(d => new { d.ProcessId, d.Name }).IsUnique();
    }
}
