using HealthAiAcademy.Courses.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace HealthAiAcademy.Courses.Data.Configurations;

internal sealed class SessionConfiguration : IEntityTypeConfiguration<Session>
{
    public void Configure(EntityTypeBuilder<Session> session)
    {
        session.HasKey(s => s.Id);
        session.Property(s => s.Id).ValueGeneratedNever();
        session.Property(s => s.Status).HasConversion<string>().HasMaxLength(20);
        session.Property(s => s.Topic).HasMaxLength(200);
        session.Property(s => s.Location).HasMaxLength(300);
        session.Property(s => s.OnlineLink).HasMaxLength(500);
        session.Ignore(s => s.EndsAtUtc);
        session.Ignore(s => s.Plan);
        session.HasIndex(s => new { s.OfferingId, s.StartsAtUtc });
    }
}
