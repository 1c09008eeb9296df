using HealthAiAcademy.BuildingBlocks.Data;
using HealthAiAcademy.Courses.Domain;
using Microsoft.EntityFrameworkCore;

namespace HealthAiAcademy.Courses.Data;

internal abstract class CoursesDbContext(DbContextOptions options) : ModuleDbContext(options)
{
    public const string Schema = "courses";

    public DbSet<Course> Courses => Set<Course>();

    public DbSet<Offering> Offerings => Set<Offering>();

    public DbSet<Session> Sessions => Set<Session>();

    public DbSet<ContentModule> ContentModules => Set<ContentModule>();

    public DbSet<CalendarFeed> CalendarFeeds => Set<CalendarFeed>();

    public DbSet<FacultyDisclosure> Disclosures => Set<FacultyDisclosure>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(CoursesDbContext).Assembly);
    }
}
