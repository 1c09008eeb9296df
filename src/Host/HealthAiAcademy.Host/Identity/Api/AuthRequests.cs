namespace HealthAiAcademy.Host.Identity.Api;

internal sealed record RegisterRequest(string? Email, string? Password, string? FullName, string? Profession, string? RegistrationNumber);

internal sealed record LoginRequest(string? Email, string? Password);

internal sealed record RefreshRequest(string? RefreshToken);

internal sealed record ProfileResponse(Guid Id, string Email, string FullName, string? Profession, string? RegistrationNumber, string? StudentNumber, IReadOnlyList<string> Roles);

internal sealed record UpdateProfileRequest(string? FullName, string? Profession, string? RegistrationNumber, string? StudentNumber);
