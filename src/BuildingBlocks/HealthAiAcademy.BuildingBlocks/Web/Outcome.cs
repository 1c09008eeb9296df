using HealthAiAcademy.BuildingBlocks.Localization;
using Microsoft.AspNetCore.Http;

namespace HealthAiAcademy.BuildingBlocks.Web;

public enum OutcomeKind
{
    Ok,
    Invalid,
    NotFound,
    Forbidden,
    Conflict,
}

/// <summary>What a use case ended in, so endpoints and pages answer the same way (200/201, 400, 404, 403, 409).</summary>
public sealed record Outcome<T>(OutcomeKind Kind, T? Value, ValidationErrors? Errors, string? Detail)
{
    public static Outcome<T> Ok(T value) => new(OutcomeKind.Ok, value, null, null);

    public static Outcome<T> Invalid(ValidationErrors errors) => new(OutcomeKind.Invalid, default, errors, null);

    public static Outcome<T> NotFound(string what) => new(OutcomeKind.NotFound, default, null, UseCaseMessages.Translate(what));

    public static Outcome<T> Forbidden(string detail) => new(OutcomeKind.Forbidden, default, null, UseCaseMessages.Translate(detail));

    public static Outcome<T> Conflict(string detail) => new(OutcomeKind.Conflict, default, null, UseCaseMessages.Translate(detail));

    public bool IsOk => Kind == OutcomeKind.Ok;

    /// <summary>For callers that cannot answer a refusal (demo seeding): the value, or an exception saying what could not be done and why.</summary>
    public T ValueOrThrow(string what) =>
        IsOk
            ? Value!
            : throw new InvalidOperationException($"Could not {what}: {Message ?? string.Join("; ", Errors?.ToDictionary().SelectMany(e => e.Value) ?? [])}");

    /// <summary>The same refusal, for a use case that answers another type (not for success).</summary>
    public Outcome<TOther> Refusal<TOther>() => Kind == OutcomeKind.Ok
        ? throw new InvalidOperationException("A successful outcome is no refusal.")
        : new(Kind, default, Errors, Detail);

    /// <summary>The HTTP answer: <paramref name="onOk"/> for success, ProblemDetails otherwise.</summary>
    public IResult ToResult(Func<T, IResult> onOk) => Kind switch
    {
        OutcomeKind.Ok => onOk(Value!),
        OutcomeKind.Invalid => Errors!.ToProblem(),
        OutcomeKind.NotFound => Problems.NotFound(Detail!),
        OutcomeKind.Forbidden => Problems.Forbidden(Detail!),
        _ => Problems.Conflict(Detail!),
    };

    /// <summary>A message a page can show for anything but success and field errors.</summary>
    public string? Message => Kind switch
    {
        OutcomeKind.NotFound => UseCaseMessages.Translate($"{Detail} was not found."),
        OutcomeKind.Forbidden or OutcomeKind.Conflict => Detail,
        _ => null,
    };
}
