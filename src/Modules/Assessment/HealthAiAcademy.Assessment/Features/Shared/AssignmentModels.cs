using HealthAiAcademy.Assessment.Domain;

namespace HealthAiAcademy.Assessment.Features.Shared;

/// <summary>A hand-in; the file travels as base64 in JSON so the API needs no cookie-bound form post.</summary>
internal sealed record HandInRequest(string? Text, UploadedFile? File);

internal sealed record UploadedFile(string? FileName, byte[]? Content);

internal sealed record HandInView(Guid Id, Guid AssessmentId, DateTime SubmittedAtUtc, int DaysLate, double PenaltyPercent, string? FileName, long? FileBytes, GradeState State);

internal sealed record FileDownload(string FileName, byte[] Content);
