using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace HealthAiAcademy.BuildingBlocks.Web;

public static class ModelStateExtensions
{
    /// <summary>Puts API-style field errors ("fullName") on a page's bound input ("Input.FullName", or "FullName" with no prefix).</summary>
    public static void AddErrors(this ModelStateDictionary modelState, ValidationErrors errors, string prefix = "Input")
    {
        foreach (var (field, messages) in errors.ToDictionary())
        {
            var property = $"{char.ToUpperInvariant(field[0])}{field[1..]}";
            var key = prefix.Length == 0 ? property : $"{prefix}.{property}";
            foreach (var message in messages)
            {
                modelState.AddModelError(key, message);
            }
        }
    }
}
