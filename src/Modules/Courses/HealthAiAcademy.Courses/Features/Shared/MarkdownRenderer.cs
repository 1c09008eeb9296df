using Ganss.Xss;
using Markdig;

namespace HealthAiAcademy.Courses.Features.Shared;

/// <summary>Markdown written by staff, rendered to HTML that is safe to show to anyone (no scripts, no event handlers).</summary>
internal sealed class MarkdownRenderer
{
    private readonly MarkdownPipeline pipeline = new MarkdownPipelineBuilder().UseAdvancedExtensions().DisableHtml().Build();
    private readonly HtmlSanitizer sanitizer = new();

    public MarkdownRenderer()
    {
        sanitizer.AllowedSchemes.Clear();
        sanitizer.AllowedSchemes.Add("https");
        sanitizer.AllowedSchemes.Add("http");
        sanitizer.AllowedSchemes.Add("mailto");
    }

    public string ToSafeHtml(string? markdown) =>
        string.IsNullOrWhiteSpace(markdown) ? string.Empty : sanitizer.Sanitize(Markdown.ToHtml(markdown, pipeline));
}
