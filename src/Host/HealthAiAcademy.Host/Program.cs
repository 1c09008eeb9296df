using HealthAiAcademy.Assessment;
using HealthAiAcademy.BuildingBlocks.Data;
using HealthAiAcademy.BuildingBlocks.Email;
using HealthAiAcademy.Certification;
using HealthAiAcademy.Compliance;
using HealthAiAcademy.Courses;
using HealthAiAcademy.Enrollment;
using HealthAiAcademy.Host.DemoData;
using HealthAiAcademy.Host.Identity;
using HealthAiAcademy.Host.Jobs;
using HealthAiAcademy.Host.Web;

var builder = WebApplication.CreateBuilder(args);
var configuration = builder.Configuration;
PublicAddress.Apply(configuration, builder.Environment);

builder.Services.AddSingleton(TimeProvider.System);
builder.Services
    .AddAcademyWeb(configuration, builder.Environment)
    .AddAcademyLocalization(configuration)
    .AddAcademyIdentity(configuration, builder.Environment)
    .AddEmail(configuration)
    .AddAcademyJobs(configuration)
    .AddCoursesModule(configuration)
    .AddEnrollmentModule(configuration)
    .AddAssessmentModule(configuration)
    .AddCertificationModule(configuration)
    .AddComplianceModule(configuration);

var app = builder.Build();

// The databases are brought up to date on another thread while this one builds the request pipeline and the endpoints,
// which touch no database; nothing is served, seeded or run as a command before both are done (cold start, ADR 0029).
var databasesReady = Task.Run(async () =>
{
    if (DatabaseOptions.From(configuration).ApplyMigrationsAtStartup)
    {
        await ModuleDatabaseMigrator.MigrateAllAsync(app.Services);
    }

    await IdentityRegistration.EnsureRolesAsync(app.Services);
});

app.UseForwardedHeaders();
app.UseMiddleware<SecurityHeaders>();
app.UseExceptionHandler(new ExceptionHandlerOptions { ExceptionHandlingPath = "/error" });
app.UseWhen(context => context.Request.Path.StartsWithSegments("/api"), api => api.UseStatusCodePages());
app.UseWhen(context => !context.Request.Path.StartsWithSegments("/api"), pages => pages.UseStatusCodePagesWithReExecute("/status/{0}"));
if (!app.Environment.IsDevelopment())
{
    app.UseHsts();
    app.UseHttpsRedirection();
}

app.UseStaticFiles();
app.UseRouting();
app.UseMiddleware<RequestBodyLimits>();
app.UseCookiePolicy();
app.UseRateLimiter();
app.UseAuthentication();
app.UseMiddleware<EndedSessions>();
app.UseMiddleware<CookieApiProtection>();
app.UseRequestLocalization();
app.UseAuthorization();
app.UseMiddleware<RequiredSecondFactor>();
app.UseOutputCache();

app.MapApiReference();

app.MapHealthEndpoints();
var operations = app.MapGroup(string.Empty).AddEndpointFilterFactory(BoundedLists.Factory);
operations.MapAccountFeatures();
operations.MapCoursesModule();
operations.MapEnrollmentModule();
operations.MapAssessmentModule();
operations.MapCertificationModule();
operations.MapComplianceModule();
app.MapRazorPages();
app.UseAcademyJobs();

await databasesReady;

if (args is [AdminCommand.Name, ..])
{
    return await AdminCommand.RunAsync(app.Services, args);
}

if (app.Environment.IsDevelopment() && configuration.GetValue("Demo:Seed", true))
{
    await DemoDataSeeding.SeedAsync(app.Services, configuration, CancellationToken.None);
}

await app.RunAsync();
return 0;

/// <summary>The host's entry point; public so tests can start it with WebApplicationFactory.</summary>
public partial class Program;
