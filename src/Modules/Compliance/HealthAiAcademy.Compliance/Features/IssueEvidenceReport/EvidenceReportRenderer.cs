using System.Globalization;
using HealthAiAcademy.BuildingBlocks.Pdf;
using HealthAiAcademy.BuildingBlocks.Time;
using HealthAiAcademy.Compliance.Resources;
using Microsoft.Extensions.Localization;

namespace HealthAiAcademy.Compliance.Features.IssueEvidenceReport;

/// <summary>The report as an A4 PDF in the reader's language, stamped on every page with the day and the SHA-256 of its content (the CSV).</summary>
internal sealed class EvidenceReportRenderer(PdfDocuments pdf, IStringLocalizer<ComplianceText> text)
{
    public byte[] Render(EvidenceReportContent report, string contentSha256, string issuedBy, DateTime issuedAtUtc)
    {
        var title = text["AI-literacy evidence: {0}", report.Scope];
        using var document = pdf.Flowing(title);
        document.Title(title);
        document.Text(text["As it stood on {0}. Issued {1} by {2}.", Date(report.AsOf), AcademyTime.Format(issuedAtUtc, "d MMMM yyyy HH:mm"), issuedBy]);
        document.Text(text["The EU AI Act (art. 4) asks the hospital to ensure a sufficient level of AI literacy of its staff, and (art. 26(2)) the competence of those overseeing high-risk systems. This report lists the measures taken, the coverage per function and the open gaps among the {0} people who worked here on that day.", report.People],
            9, after: 8);

        document.Heading(text["Requirements and coverage"]);
        if (report.Requirements.Count == 0)
        {
            document.Text(text["No requirement applied to these people on that day."]);
        }

        foreach (var requirement in report.Requirements)
        {
            document.Text(requirement.System is { } system ? $"{requirement.Title} ({requirement.Kind}: {system})" : $"{requirement.Title} ({requirement.Kind})", 10.5, bold: true, after: 0);
            document.Text(text["Met by: {0}; {1}.", string.Join(" · ", requirement.Courses), requirement.Validity] + " " + text["Or by training elsewhere that a coordinator approved."], 9, indent: 12, after: 2);
            document.Text(text["{0} of {1} ({2}%)", requirement.Overall.Done, requirement.Overall.Required, requirement.Overall.Percent], 9.5, bold: true, indent: 12, after: 1);
            document.Bar(requirement.Overall.Percent, width: 240, indent: 12);
            foreach (var function in requirement.PerFunction)
            {
                document.Text($"{function.Function}: {text["{0} of {1} ({2}%)", function.Done, function.Required, function.Percent]}", 9, indent: 24, after: 0);
            }

            document.Gap(6);
        }

        document.Heading(text["Measures taken"]);
        if (report.Measures.Count == 0)
        {
            document.Text(text["Nobody here had completed AI training by that day."]);
        }

        foreach (var measure in report.Measures)
        {
            document.Text(measure.IsEquivalent ? $"{measure.Title} – {measure.Provider} ({text["training elsewhere, approved"]})" : $"{measure.Code} {measure.Title}", 10.5, bold: true, after: 0);
            if (measure.LearningOutcomes.Count > 0)
            {
                document.Text(text["Learning outcomes:"], 9, indent: 12, after: 0);
                foreach (var outcome in measure.LearningOutcomes)
                {
                    document.Text("• " + outcome, 9, indent: 20, after: 0);
                }
            }

            document.Text(text["Completed by:"], 9, indent: 12, after: 0);
            foreach (var completion in measure.Completions)
            {
                document.Text(completion.ExpiresOn is { } expires
                    ? text["{0}, {1} (valid until {2})", completion.Person, Date(completion.CompletedOn), Date(expires)]
                    : text["{0}, {1}", completion.Person, Date(completion.CompletedOn)], 9, indent: 20, after: 0);
            }

            document.Gap(6);
        }

        document.Heading(text["Open gaps"]);
        if (report.Gaps.Count == 0)
        {
            document.Text(text["None: everyone met every requirement that applied to them."]);
        }

        foreach (var gap in report.Gaps)
        {
            document.Text($"{gap.Person} ({gap.Place}): {gap.Requirement} – {gap.State}", 9, after: 1);
        }

        document.Gap(8);
        document.Text(text["The CSV of this report lists every person and requirement; its SHA-256 is {0}. The academy keeps a register of the reports it issued, with this value.", contentSha256], 8.5);
        return document.ToBytes((page, pages) => text["{0} · as of {1} · content SHA-256 {2} · page {3} of {4}", report.Scope, Date(report.AsOf), contentSha256, page, pages]);
    }

    private static string Date(DateOnly day) => day.ToString("d MMMM yyyy", CultureInfo.CurrentCulture);
}
