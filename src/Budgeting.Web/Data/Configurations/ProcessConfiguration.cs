using Budgeting.Core.Processes;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Budgeting.Web.Data.Configurations;

public sealed class ProcessConfiguration : IEntityTypeConfiguration<Process>
{
    public void Configure(EntityTypeBuilder<Process> builder)
    {
        builder.Property(p => p.Name).HasMaxLength(Limits.Name).IsRequired();
        builder.Property(p => p.Description).HasMaxLength(Limits.Description).IsRequired();
        builder.Property(p => p.TimeZoneId).HasMaxLength(64).IsRequired();
        builder.Property(p => p.CurrencyCode).HasMaxLength(3).IsRequired();
        builder.ComplexProperty(p => p.Schedule);
        builder.HasMany(p => p.Districts).WithOne().HasForeignKey(d => d.ProcessId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(p => p.Categories).WithOne().HasForeignKey(c => c.ProcessId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(p => p.Districts).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.Navigation(p => p.Categories).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}
