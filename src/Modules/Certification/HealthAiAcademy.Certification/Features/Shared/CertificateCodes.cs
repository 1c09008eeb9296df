using System.Security.Cryptography;

namespace HealthAiAcademy.Certification.Features.Shared;

/// <summary>Random identifiers in Crockford base32 (no I, L, O, U): easy to read aloud and type, impossible to guess.</summary>
internal static class CertificateCodes
{
    private const string Alphabet = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

    /// <summary>120 random bits: far beyond the 80 bits a guesser would have to beat.</summary>
    public static string NewVerificationCode() => Encode(RandomNumberGenerator.GetBytes(15));

    public static string NewNumber(DateTime issuedAtUtc) => $"HAIA-{issuedAtUtc:yyyy}-{Encode(RandomNumberGenerator.GetBytes(5))}";

    public static string Encode(byte[] bytes)
    {
        var chars = new char[(bytes.Length * 8 + 4) / 5];
        var buffer = 0;
        var bits = 0;
        var index = 0;
        foreach (var b in bytes)
        {
            buffer = (buffer << 8) | b;
            bits += 8;
            while (bits >= 5)
            {
                chars[index++] = Alphabet[(buffer >> (bits - 5)) & 31];
                bits -= 5;
            }
        }

        if (bits > 0)
        {
            chars[index++] = Alphabet[(buffer << (5 - bits)) & 31];
        }

        return new string(chars, 0, index);
    }

    /// <summary>Accepts codes as people type them: lower case, with spaces or dashes.</summary>
    public static string Normalise(string code) => code.Replace("-", "").Replace(" ", "").ToUpperInvariant();
}
