namespace HealthAiAcademy.Certification.Contracts;

/// <summary>Marks the public contract assembly of the Certification module.</summary>
public static class CertificationContractsAssembly;
