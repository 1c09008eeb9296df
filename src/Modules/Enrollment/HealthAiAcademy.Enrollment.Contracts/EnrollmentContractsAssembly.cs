namespace HealthAiAcademy.Enrollment.Contracts;

/// <summary>Marks the public contract assembly of the Enrollment module.</summary>
public static class EnrollmentContractsAssembly;
