using HealthAiAcademy.BuildingBlocks.Data;
using HealthAiAcademy.Courses.Domain;
using Microsoft.EntityFrameworkCore;

namespace HealthAiAcademy.Courses.Data;

internal abstract class CoursesDbContext(DbContextOptions options) : ModuleDbContext(options)
{
    public const string Schema = "courses";

    public DbSet<Course> Courses => Set<Course>();

    public DbSet<Offering> Offerings => Set<Offering>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        modelBuilder.Entity<Course>(course =>
        {
            course.HasKey(c => c.Id);
            course.Property(c => c.Code).HasMaxLength(40);
            course.HasIndex(c => c.Code).IsUnique();
            course.Property(c => c.Title).HasMaxLength(200);
            course.Property(c => c.Summary).HasMaxLength(1000);
            course.Property(c => c.Language).HasMaxLength(2);
        });
        modelBuilder.Entity<Offering>(offering =>
        {
            offering.HasKey(o => o.Id);
            offering.HasOne(o => o.Course).WithMany().HasForeignKey(o => o.CourseId).OnDelete(DeleteBehavior.Restrict);
            offering.Property(o => o.Kind).HasConversion<string>().HasMaxLength(30);
            offering.Property(o => o.Status).HasConversion<string>().HasMaxLength(20);
            offering.Property(o => o.Delivery).HasConversion<string>().HasMaxLength(20);
            offering.Property(o => o.CohortLabel).HasMaxLength(40);
            offering.Property(o => o.Location).HasMaxLength(300);
            offering.HasIndex(o => new { o.Status, o.StartsAtUtc });
        });
    }
}

internal sealed class CoursesSqliteDbContext(DbContextOptions<CoursesSqliteDbContext> options) : CoursesDbContext(options);

internal sealed class CoursesSqlServerDbContext(DbContextOptions<CoursesSqlServerDbContext> options) : CoursesDbContext(options)
{
    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.HasDefaultSchema(Schema);
        base.OnModelCreating(modelBuilder);
    }
}

internal sealed class CoursesSqliteDesignTimeFactory : SqliteDesignTimeFactory<CoursesSqliteDbContext>;

internal sealed class CoursesSqlServerDesignTimeFactory() : SqlServerDesignTimeFactory<CoursesSqlServerDbContext>(CoursesDbContext.Schema);
