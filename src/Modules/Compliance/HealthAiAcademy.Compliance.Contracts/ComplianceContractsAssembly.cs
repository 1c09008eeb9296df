namespace HealthAiAcademy.Compliance.Contracts;

/// <summary>Marks the public contract assembly of the Compliance module.</summary>
public static class ComplianceContractsAssembly;
