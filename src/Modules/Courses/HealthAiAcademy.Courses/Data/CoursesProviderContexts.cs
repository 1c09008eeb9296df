using HealthAiAcademy.BuildingBlocks.Data;
using Microsoft.EntityFrameworkCore;

namespace HealthAiAcademy.Courses.Data;

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
