using HealthAiAcademy.Courses.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace HealthAiAcademy.Courses.Data.Configurations;

internal sealed class CalendarFeedConfiguration : IEntityTypeConfiguration<CalendarFeed>
{
    public void Configure(EntityTypeBuilder<CalendarFeed> feed)
    {
        feed.HasKey(f => f.UserId);
        feed.Property(f => f.UserId).ValueGeneratedNever();
        feed.Property(f => f.Token).HasMaxLength(64);
        feed.HasIndex(f => f.Token).IsUnique();
    }
}
