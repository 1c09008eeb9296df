using System.Xml.Linq;

namespace HealthAiAcademy.ArchitectureTests;

/// <summary>
/// The compiler drops a reference whose only use is a constant, so the assembly rules cannot see every project reference.
/// The project files can: a module project references its own contracts, other modules' contracts and building blocks only.
/// </summary>
public sealed class ProjectReferenceTests
{
    [Fact]
    public void Module_and_contract_projects_reference_no_module_implementation()
    {
        var root = FindRoot();
        var projects = Directory.GetFiles(Path.Combine(root, "src", "Modules"), "*.csproj", SearchOption.AllDirectories)
            .Append(Path.Combine(root, "src", "BuildingBlocks", "HealthAiAcademy.BuildingBlocks", "HealthAiAcademy.BuildingBlocks.csproj"))
            .ToList();

        var offenders = projects.SelectMany(project => XDocument.Load(project).Descendants("ProjectReference")
                .Select(reference => Path.GetFileNameWithoutExtension(reference.Attribute("Include")!.Value))
                .Where(name => !name.EndsWith(".Contracts", StringComparison.Ordinal) && name != "HealthAiAcademy.BuildingBlocks")
                .Select(name => $"{Path.GetFileName(project)} -> {name}"))
            .ToList();

        Assert.Equal(11, projects.Count);
        Assert.Empty(offenders);
    }

    private static string FindRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "HealthAiAcademy.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("HealthAiAcademy.sln not found.");
    }
}
