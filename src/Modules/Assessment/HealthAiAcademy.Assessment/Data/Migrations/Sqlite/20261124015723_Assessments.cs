using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace HealthAiAcademy.Assessment.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Assessments : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Assessments",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OfferingId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CourseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Instructions = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    Weight = table.Column<double>(type: "REAL", nullable: false),
                    PassMarkPercent = table.Column<double>(type: "REAL", nullable: false),
                    DueAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    LatePolicy = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    LatePenaltyPercentPerDay = table.Column<double>(type: "REAL", nullable: false),
                    LatePenaltyCapPercent = table.Column<double>(type: "REAL", nullable: false),
                    QuestionIds = table.Column<string>(type: "TEXT", nullable: false),
                    ShuffleQuestions = table.Column<bool>(type: "INTEGER", nullable: false),
                    TimeLimitMinutes = table.Column<int>(type: "INTEGER", nullable: true),
                    MaxAttempts = table.Column<int>(type: "INTEGER", nullable: false),
                    CountedAttempt = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Feedback = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    AcceptsText = table.Column<bool>(type: "INTEGER", nullable: false),
                    AcceptsFile = table.Column<bool>(type: "INTEGER", nullable: false),
                    MaxFileKilobytes = table.Column<int>(type: "INTEGER", nullable: false),
                    AllowedFileExtensions = table.Column<string>(type: "TEXT", nullable: false),
                    MaxPoints = table.Column<double>(type: "REAL", nullable: false),
                    BlindMarking = table.Column<bool>(type: "INTEGER", nullable: false),
                    CreatedBy = table.Column<Guid>(type: "TEXT", nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Rubric = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Assessments", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Attempts",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    AssessmentId = table.Column<Guid>(type: "TEXT", nullable: false),
                    OfferingId = table.Column<Guid>(type: "TEXT", nullable: false),
                    UserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Number = table.Column<int>(type: "INTEGER", nullable: false),
                    QuestionOrder = table.Column<string>(type: "TEXT", nullable: false),
                    StartedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    DeadlineUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    SubmittedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    RawScorePercent = table.Column<double>(type: "REAL", nullable: true),
                    PenaltyPercent = table.Column<double>(type: "REAL", nullable: false),
                    ScorePercent = table.Column<double>(type: "REAL", nullable: true),
                    Answers = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Attempts", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Extensions",
                columns: table => new
                {
                    AssessmentId = table.Column<Guid>(type: "TEXT", nullable: false),
                    UserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    DueAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    GrantedBy = table.Column<Guid>(type: "TEXT", nullable: false),
                    GrantedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Extensions", x => new { x.AssessmentId, x.UserId });
                });

            migrationBuilder.CreateTable(
                name: "GradeAudit",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    SubmissionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ChangedBy = table.Column<Guid>(type: "TEXT", nullable: false),
                    ChangedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    StateBefore = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    OldScorePercent = table.Column<double>(type: "REAL", nullable: true),
                    NewScorePercent = table.Column<double>(type: "REAL", nullable: true),
                    OldFeedback = table.Column<string>(type: "TEXT", maxLength: 10000, nullable: true),
                    NewFeedback = table.Column<string>(type: "TEXT", maxLength: 10000, nullable: true),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_GradeAudit", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Passes",
                columns: table => new
                {
                    AssessmentId = table.Column<Guid>(type: "TEXT", nullable: false),
                    UserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    OfferingId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ScorePercent = table.Column<double>(type: "REAL", nullable: false),
                    PassedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Passes", x => new { x.AssessmentId, x.UserId });
                });

            migrationBuilder.CreateTable(
                name: "Questions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CourseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Type = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Prompt = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    Points = table.Column<double>(type: "REAL", nullable: false),
                    CorrectBoolean = table.Column<bool>(type: "INTEGER", nullable: true),
                    CorrectNumber = table.Column<double>(type: "REAL", nullable: true),
                    Tolerance = table.Column<double>(type: "REAL", nullable: false),
                    AcceptedAnswers = table.Column<string>(type: "TEXT", nullable: false),
                    Explanation = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    CreatedBy = table.Column<Guid>(type: "TEXT", nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Options = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Questions", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "SubmissionFiles",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    AssessmentId = table.Column<Guid>(type: "TEXT", nullable: false),
                    UserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    FileName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Content = table.Column<byte[]>(type: "BLOB", nullable: false),
                    Sha256 = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    UploadedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SubmissionFiles", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Submissions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    AssessmentId = table.Column<Guid>(type: "TEXT", nullable: false),
                    OfferingId = table.Column<Guid>(type: "TEXT", nullable: false),
                    UserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Text = table.Column<string>(type: "TEXT", maxLength: 50000, nullable: true),
                    FileId = table.Column<Guid>(type: "TEXT", nullable: true),
                    FileName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    FileBytes = table.Column<long>(type: "INTEGER", nullable: true),
                    FirstSubmittedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    SubmittedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    DaysLate = table.Column<int>(type: "INTEGER", nullable: false),
                    State = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Points = table.Column<double>(type: "REAL", nullable: true),
                    RawScorePercent = table.Column<double>(type: "REAL", nullable: true),
                    PenaltyPercent = table.Column<double>(type: "REAL", nullable: false),
                    ScorePercent = table.Column<double>(type: "REAL", nullable: true),
                    Feedback = table.Column<string>(type: "TEXT", maxLength: 10000, nullable: true),
                    GradedBy = table.Column<Guid>(type: "TEXT", nullable: true),
                    GradedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    ReleasedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    RubricScores = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Submissions", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Assessments_DueAtUtc",
                table: "Assessments",
                column: "DueAtUtc");

            migrationBuilder.CreateIndex(
                name: "IX_Assessments_OfferingId",
                table: "Assessments",
                column: "OfferingId");

            migrationBuilder.CreateIndex(
                name: "IX_Attempts_AssessmentId_UserId_Number",
                table: "Attempts",
                columns: new[] { "AssessmentId", "UserId", "Number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Attempts_OfferingId_UserId",
                table: "Attempts",
                columns: new[] { "OfferingId", "UserId" });

            migrationBuilder.CreateIndex(
                name: "IX_GradeAudit_SubmissionId",
                table: "GradeAudit",
                column: "SubmissionId");

            migrationBuilder.CreateIndex(
                name: "IX_Questions_CourseId",
                table: "Questions",
                column: "CourseId");

            migrationBuilder.CreateIndex(
                name: "IX_Submissions_AssessmentId_UserId",
                table: "Submissions",
                columns: new[] { "AssessmentId", "UserId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Submissions_OfferingId_State_SubmittedAtUtc",
                table: "Submissions",
                columns: new[] { "OfferingId", "State", "SubmittedAtUtc" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "Assessments");

            migrationBuilder.DropTable(
                name: "Attempts");

            migrationBuilder.DropTable(
                name: "Extensions");

            migrationBuilder.DropTable(
                name: "GradeAudit");

            migrationBuilder.DropTable(
                name: "Passes");

            migrationBuilder.DropTable(
                name: "Questions");

            migrationBuilder.DropTable(
                name: "SubmissionFiles");

            migrationBuilder.DropTable(
                name: "Submissions");
        }
    }
}
