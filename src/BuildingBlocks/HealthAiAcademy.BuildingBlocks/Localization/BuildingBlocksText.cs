namespace HealthAiAcademy.BuildingBlocks.Localization;

/// <summary>The words the shared web answers use (BuildingBlocksText.resx, English keys; .nl.resx, Dutch).</summary>
public sealed class BuildingBlocksText;
