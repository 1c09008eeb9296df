using HealthAiAcademy.Certification.Domain;

namespace HealthAiAcademy.Certification.Features.Shared;

/// <summary>A recorded presence list: when, by whom, how many people, and where its file is.</summary>
internal sealed record RegistryExportView(
    Guid Id, Guid OfferingId, string Registry, DateTime ExportedAtUtc, Guid ExportedBy, string ExportedByName, bool OnlyNew, string Format, int People, string FileUrl)
{
    public static RegistryExportView From(RegistryExport export, string exportedByName) => new(
        export.Id, export.OfferingId, export.Registry, export.ExportedAtUtc, export.ExportedBy, exportedByName, export.OnlyNew, export.Layout.Format.ToString(),
        export.Lines.Count, $"/api/certification/registry-exports/{export.Id}/file");
}
