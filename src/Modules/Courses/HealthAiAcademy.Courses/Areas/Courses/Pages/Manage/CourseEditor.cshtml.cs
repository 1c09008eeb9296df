using HealthAiAcademy.BuildingBlocks.Authorization;
using HealthAiAcademy.BuildingBlocks.Users;
using HealthAiAcademy.BuildingBlocks.Web;
using HealthAiAcademy.Courses.Contracts;
using HealthAiAcademy.Courses.Domain;
using HealthAiAcademy.Courses.Features.CreateCourse;
using HealthAiAcademy.Courses.Features.GetCourse;
using HealthAiAcademy.Courses.Features.Shared;
using HealthAiAcademy.Courses.Features.UpdateCourse;
using HealthAiAcademy.Courses.Resources;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace HealthAiAcademy.Courses.Areas.Courses.Pages.Manage;

[Authorize(Policy = Policies.Coordinators)]
internal sealed class CourseEditorModel(
    GetCourseHandler getCourse, CreateCourseHandler createCourse, UpdateCourseHandler updateCourse, IUserDirectory directory,
    IStringLocalizer<CoursesText> text) : PageModel
{
    /// <summary>The instructors' email addresses, as the staff field posts them.</summary>
    [BindProperty]
    public List<string> Instructors { get; set; } = [];

    public StaffPicker InstructorPicker { get; private set; } = null!;

    [BindProperty]
    public CourseForm Form { get; set; } = new();

    public static IReadOnlyList<string> AudienceOptions => Audiences.All;

    [TempData]
    public string? Notice { get; set; }

    public Guid? CourseId { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid? courseId, CancellationToken cancellationToken)
    {
        CourseId = courseId;
        if (courseId is { } id)
        {
            var course = await getCourse.HandleAsync(id, cancellationToken);
            if (this.RefusalOf(course.Kind) is { } refusal)
            {
                return refusal;
            }

            Form = CourseForm.From(course.ValueOrThrow("read the course"));
        }

        await LoadPickerAsync(cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid? courseId, CancellationToken cancellationToken)
    {
        CourseId = courseId;
        var (instructors, allKnown) = await ModelState.ResolveAsync(directory, "Instructors", Instructors, entry => text["No staff account has the address {0}.", entry], cancellationToken);
        Form.InstructorIds = [.. instructors];
        await LoadPickerAsync(cancellationToken);
        if (!allKnown)
        {
            return Page();
        }

        if (courseId is { } id)
        {
            var updated = await updateCourse.HandleAsync(id, Form.ToRequest(), cancellationToken);
            if (this.RefusalOf(updated.Kind) is { } refusal)
            {
                return refusal;
            }

            if (!updated.IsOk)
            {
                this.ShowRefusal(updated, "Form");
                return Page();
            }

            Notice = text["The course is saved."];
            return Redirect($"/manage/courses/{id}");
        }

        var created = await createCourse.HandleAsync(Form.ToRequest(), cancellationToken);
        if (this.RefusalOf(created.Kind) is { } denied)
        {
            return denied;
        }

        if (created.Kind == OutcomeKind.Conflict)
        {
            ModelState.AddModelError("Form.Code", text["A course with code {0} already exists.", Form.Code ?? string.Empty]);
            Response.StatusCode = StatusCodes.Status409Conflict;
            return Page();
        }

        if (created.Value is not { } course)
        {
            this.ShowRefusal(created, "Form");
            return Page();
        }

        return Redirect($"/manage/offerings/new?courseId={course.Id}");
    }

    private async Task LoadPickerAsync(CancellationToken cancellationToken) =>
        InstructorPicker = new StaffPicker("Instructors", text["Instructors"], await StaffChoice.ProfilesAsync(directory, Form.InstructorIds, cancellationToken));

    public sealed class CourseForm
    {
        public string? Code { get; set; }

        public string? Title { get; set; }

        public string? Summary { get; set; }

        public string? Description { get; set; }

        public string? Language { get; set; } = "en";

        public int? StudyLoadHours { get; set; }

        public double? Ects { get; set; }

        /// <summary>One per line.</summary>
        public string? LearningObjectives { get; set; }

        public List<string> Audiences { get; set; } = [];

        /// <summary>Comma-separated.</summary>
        public string? Topics { get; set; }

        /// <summary>One per line: registry; accreditation id; points; profession.</summary>
        public string? Accreditations { get; set; }

        public int? CertificateValidityMonths { get; set; }

        internal static CourseForm From(CourseResponse course) => new()
        {
            Code = course.Code,
            Title = course.Title,
            Summary = course.Summary,
            Description = course.Description,
            Language = course.Language,
            StudyLoadHours = course.StudyLoadHours,
            Ects = course.Ects,
            LearningObjectives = string.Join('\n', course.LearningObjectives),
            Audiences = [.. course.Audiences],
            Topics = string.Join(", ", course.Topics),
            Accreditations = string.Join('\n', course.Accreditations.Select(a =>
                FormattableString.Invariant($"{a.Registry}; {a.AccreditationId}; {a.Points}; {a.Profession}") + a.PartialCredit switch
                {
                    PartialCredit.PerSession => "; per session",
                    PartialCredit.PerHour => "; per hour",
                    _ => string.Empty,
                })),
            CertificateValidityMonths = course.CertificateValidityMonths,
            InstructorIds = [.. course.InstructorIds],
        };

        public List<Guid> InstructorIds { get; set; } = [];

        internal CourseRequest ToRequest() => new(
            Code?.Trim().ToUpperInvariant(), Title, Summary, Description, Language, StudyLoadHours, Ects,
            Lines(LearningObjectives), Audiences, [.. (Topics ?? string.Empty).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)],
            InstructorIds, [.. Lines(Accreditations).Select(ParseAccreditation)], CertificateValidityMonths);

        private static List<string> Lines(string? text) =>
            [.. (text ?? string.Empty).Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)];

        private static AccreditationRequest ParseAccreditation(string line)
        {
            var parts = line.Split(';', StringSplitOptions.TrimEntries);
            double? points = parts.Length > 2 && double.TryParse(parts[2], System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var value) ? value : null;
            var partial = parts.ElementAtOrDefault(4)?.ToLowerInvariant() switch
            {
                null or "" => PartialCredit.None,
                "per session" or "per sessie" => PartialCredit.PerSession,
                "per hour" or "per uur" => PartialCredit.PerHour,
                _ => (PartialCredit)(-1),
            };
            return new AccreditationRequest(parts.ElementAtOrDefault(0), parts.ElementAtOrDefault(1), points, parts.ElementAtOrDefault(3), partial);
        }
    }
}
