using Budgeting.Core.Processes;
using Budgeting.Core.Voting;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Budgeting.Web.Data.Configurations;

public sealed class BallotSettingsConfiguration : IEntityTypeConfiguration<BallotSettings>
{
    public void Configure(EntityTypeBuilder<BallotSettings> builder)
    {
        builder.HasKey(s => s.ProcessId);
        builder.HasOne<Process>().WithOne().HasForeignKey<BallotSettings>(s => s.ProcessId).OnDelete(DeleteBehavior.Cascade);
        builder.Ignore(s => s.Rules);
        builder.ComplexProperty(s => s.Design, design =>
        {
            design.Property(d => d.Type).HasConversion<string>().HasMaxLength(16).HasColumnName("Type");
            design.Property(d => d.MinProjects).HasColumnName("MinProjects");
            design.Property(d => d.MaxProjects).HasColumnName("MaxProjects");
            design.Property(d => d.MinShareBasisPoints).HasColumnName("MinShareBasisPoints");
            design.Property(d => d.TotalPoints).HasColumnName("TotalPoints");
            design.Property(d => d.MaxPointsPerProject).HasColumnName("MaxPointsPerProject");
            design.Property(d => d.MustUseAllPoints).HasColumnName("MustUseAllPoints");
            design.Property(d => d.Ranks).HasColumnName("Ranks");
            design.Property(d => d.AllowFewerRanks).HasColumnName("AllowFewerRanks");
        });
    }
}
