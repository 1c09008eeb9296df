namespace HealthAiAcademy.Assessment.Contracts;

/// <summary>Marks the public contract assembly of the Assessment module.</summary>
public static class AssessmentContractsAssembly;
