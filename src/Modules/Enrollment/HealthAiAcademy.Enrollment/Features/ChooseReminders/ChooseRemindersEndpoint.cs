using HealthAiAcademy.BuildingBlocks.Authorization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace HealthAiAcademy.Enrollment.Features.ChooseReminders;

internal static class ChooseRemindersEndpoint
{
    public static void Map(IEndpointRouteBuilder api)
    {
        api.MapGet("/me/reminder-preferences", async (ChooseRemindersHandler handler, CancellationToken cancellationToken) =>
                TypedResults.Ok(await handler.CurrentAsync(cancellationToken)))
            .RequireAuthorization(Policies.SignedIn).WithName("ReminderPreferences");

        api.MapPut("/me/reminder-preferences", async (ReminderPreferences preferences, ChooseRemindersHandler handler, CancellationToken cancellationToken) =>
                TypedResults.Ok(await handler.ChooseAsync(preferences, cancellationToken)))
            .RequireAuthorization(Policies.SignedIn).WithName("SetReminderPreferences")
            .WithSummary("Switches optional reminders (the day-before session reminder) on or off.");
    }
}
