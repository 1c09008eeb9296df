namespace HealthAiAcademy.Certification.Domain;

internal enum CertificateStatus
{
    Valid,
    Revoked,

    /// <summary>Replaced by a reissued certificate (for instance after a name correction).</summary>
    Superseded,
}

/// <summary>What the certificate states, by kind of offering.</summary>
internal enum CertificateTemplate
{
    /// <summary>Accredited clinician courses: completion, with the accreditation points.</summary>
    Completion,

    /// <summary>Summer schools, webinar series, inspiration sessions.</summary>
    Participation,

    /// <summary>A minor: completion with the transcript of results.</summary>
    Transcript,
}
