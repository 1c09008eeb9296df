using System.Security.Cryptography;
using System.Text;

namespace HealthAiAcademy.Assessment.Features.Shared;

/// <summary>What markers see instead of a name under blind marking: stable per participant and assessment, not reversible to the user id.</summary>
internal static class CandidateNumber
{
    public static string For(Guid assessmentId, Guid userId)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes($"{assessmentId:N}:{userId:N}"));
        return $"Candidate {BitConverter.ToUInt32(hash, 0) % 900_000 + 100_000}";
    }
}
