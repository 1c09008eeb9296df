using HealthAiAcademy.Courses.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace HealthAiAcademy.Courses.Data.Configurations;

internal sealed class CourseConfiguration : IEntityTypeConfiguration<Course>
{
    public void Configure(EntityTypeBuilder<Course> course)
    {
        course.HasKey(c => c.Id);
        course.Property(c => c.Id).ValueGeneratedNever();
        course.Property(c => c.Code).HasMaxLength(40);
        course.HasIndex(c => c.Code).IsUnique();
        course.Property(c => c.Title).HasMaxLength(200);
        course.Property(c => c.Summary).HasMaxLength(1000);
        course.Property(c => c.Language).HasMaxLength(2);
        course.OwnsMany(c => c.Accreditations, accreditation =>
        {
            accreditation.ToTable("CourseAccreditations");
            accreditation.WithOwner().HasForeignKey("CourseId");
            accreditation.Property<int>("Id");
            accreditation.HasKey("Id");
            accreditation.Property(a => a.Registry).HasMaxLength(60);
            accreditation.Property(a => a.AccreditationId).HasMaxLength(60);
            accreditation.Property(a => a.Profession).HasMaxLength(100);
            accreditation.Property(a => a.PartialCredit).HasConversion<string>().HasMaxLength(20);
        });
    }
}
