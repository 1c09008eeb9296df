using HealthAiAcademy.Courses.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace HealthAiAcademy.Courses.Data.Configurations;

internal sealed class FacultyDisclosureConfiguration : IEntityTypeConfiguration<FacultyDisclosure>
{
    public void Configure(EntityTypeBuilder<FacultyDisclosure> disclosure)
    {
        disclosure.ToTable("FacultyDisclosures");
        // One declaration per instructor and run: two saves at once meet the key, and the second is a change.
        disclosure.HasKey(d => new { d.OfferingId, d.InstructorId });
        disclosure.OwnsMany(d => d.Relationships, relationships => relationships.ToJson());
    }
}
