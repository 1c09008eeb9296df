using HealthAiAcademy.Courses.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace HealthAiAcademy.Courses.Data.Configurations;

internal sealed class ContentConfiguration : IEntityTypeConfiguration<ContentModule>
{
    public void Configure(EntityTypeBuilder<ContentModule> module)
    {
        module.HasKey(m => m.Id);
        module.Property(m => m.Id).ValueGeneratedNever();
        module.Property(m => m.Title).HasMaxLength(200);
        module.HasIndex(m => new { m.OfferingId, m.Position });
        module.HasOne<Offering>().WithMany().HasForeignKey(m => m.OfferingId).OnDelete(DeleteBehavior.Cascade);
        module.OwnsMany(m => m.Lessons, lesson =>
        {
            lesson.ToTable("Lessons");
            lesson.WithOwner().HasForeignKey(l => l.ModuleId);
            lesson.HasKey(l => l.Id);
            lesson.Property(l => l.Id).ValueGeneratedNever();
            lesson.Property(l => l.Title).HasMaxLength(200);
            lesson.Property(l => l.VideoUrl).HasMaxLength(500);
            lesson.Property(l => l.ResourceUrl).HasMaxLength(500);
        });
    }
}
