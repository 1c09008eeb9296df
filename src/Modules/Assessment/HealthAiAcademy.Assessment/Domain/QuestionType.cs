namespace HealthAiAcademy.Assessment.Domain;

internal enum QuestionType
{
    SingleChoice,
    MultipleChoice,
    TrueFalse,
    Numeric,
    ShortText,
}
