namespace HealthAiAcademy.BuildingBlocks.Data;

public enum DatabaseProvider
{
    Sqlite,
    SqlServer,
}
