using System.Security.Cryptography;

namespace HealthAiAcademy.Assessment.Features.Shared;

/// <summary>
/// Candidate numbers for blind marking: random, not derived from anything a marker can see. (A hash of the assessment and
/// user ids was reversible by anyone holding the roster's user ids.)
/// </summary>
internal static class CandidateNumber
{
    private const int Smallest = 100_000;
    private const int Largest = 999_999;

    /// <summary>A six-digit number not yet <paramref name="taken"/> within the assessment.</summary>
    public static int Draw(IReadOnlySet<int> taken)
    {
        while (true)
        {
            var number = RandomNumberGenerator.GetInt32(Smallest, Largest + 1);
            if (!taken.Contains(number))
            {
                return number;
            }
        }
    }

    public static string Label(int number) => $"Candidate {number}";
}
