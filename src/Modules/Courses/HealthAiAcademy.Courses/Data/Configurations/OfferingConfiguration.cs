using HealthAiAcademy.Courses.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace HealthAiAcademy.Courses.Data.Configurations;

internal sealed class OfferingConfiguration : IEntityTypeConfiguration<Offering>
{
    public void Configure(EntityTypeBuilder<Offering> offering)
    {
        offering.HasKey(o => o.Id);
        offering.Property(o => o.Id).ValueGeneratedNever();
        offering.HasOne(o => o.Course).WithMany().HasForeignKey(o => o.CourseId).OnDelete(DeleteBehavior.Restrict);
        offering.HasMany(o => o.Sessions).WithOne().HasForeignKey(s => s.OfferingId).OnDelete(DeleteBehavior.Cascade);
        offering.HasMany(o => o.Disclosures).WithOne().HasForeignKey(d => d.OfferingId).OnDelete(DeleteBehavior.Cascade);
        offering.Ignore(o => o.Faculty);
        offering.Ignore(o => o.UndeclaredFaculty);
        offering.Property(o => o.Kind).HasConversion<string>().HasMaxLength(30);
        offering.Property(o => o.Status).HasConversion<string>().HasMaxLength(20);
        offering.Property(o => o.Delivery).HasConversion<string>().HasMaxLength(20);
        offering.Property(o => o.EnrollmentPolicy).HasConversion<string>().HasMaxLength(30);
        offering.Property(o => o.CohortLabel).HasMaxLength(40);
        offering.Property(o => o.Location).HasMaxLength(300);
        offering.Property(o => o.OnlineLink).HasMaxLength(500);
        offering.Property(o => o.Version).IsConcurrencyToken();
        offering.Ignore(o => o.Plan);
        offering.HasIndex(o => new { o.Status, o.StartsAtUtc });
        offering.HasIndex(o => o.CourseId);
    }
}
