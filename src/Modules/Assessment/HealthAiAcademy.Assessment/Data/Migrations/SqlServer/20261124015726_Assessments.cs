using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace HealthAiAcademy.Assessment.Data.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class Assessments : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Assessments",
                schema: "assessment",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    OfferingId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    CourseId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Kind = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    Title = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    Instructions = table.Column<string>(type: "nvarchar(4000)", maxLength: 4000, nullable: true),
                    Weight = table.Column<double>(type: "float", nullable: false),
                    PassMarkPercent = table.Column<double>(type: "float", nullable: false),
                    DueAtUtc = table.Column<DateTime>(type: "datetime2", nullable: true),
                    LatePolicy = table.Column<string>(type: "nvarchar(30)", maxLength: 30, nullable: false),
                    LatePenaltyPercentPerDay = table.Column<double>(type: "float", nullable: false),
                    LatePenaltyCapPercent = table.Column<double>(type: "float", nullable: false),
                    QuestionIds = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    ShuffleQuestions = table.Column<bool>(type: "bit", nullable: false),
                    TimeLimitMinutes = table.Column<int>(type: "int", nullable: true),
                    MaxAttempts = table.Column<int>(type: "int", nullable: false),
                    CountedAttempt = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    Feedback = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    AcceptsText = table.Column<bool>(type: "bit", nullable: false),
                    AcceptsFile = table.Column<bool>(type: "bit", nullable: false),
                    MaxFileKilobytes = table.Column<int>(type: "int", nullable: false),
                    AllowedFileExtensions = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    MaxPoints = table.Column<double>(type: "float", nullable: false),
                    BlindMarking = table.Column<bool>(type: "bit", nullable: false),
                    CreatedBy = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    Rubric = table.Column<string>(type: "nvarchar(max)", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Assessments", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Attempts",
                schema: "assessment",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    AssessmentId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    OfferingId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    UserId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Number = table.Column<int>(type: "int", nullable: false),
                    QuestionOrder = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    StartedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    DeadlineUtc = table.Column<DateTime>(type: "datetime2", nullable: true),
                    Status = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    SubmittedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: true),
                    RawScorePercent = table.Column<double>(type: "float", nullable: true),
                    PenaltyPercent = table.Column<double>(type: "float", nullable: false),
                    ScorePercent = table.Column<double>(type: "float", nullable: true),
                    Answers = table.Column<string>(type: "nvarchar(max)", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Attempts", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Extensions",
                schema: "assessment",
                columns: table => new
                {
                    AssessmentId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    UserId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    DueAtUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    GrantedBy = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    GrantedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Extensions", x => new { x.AssessmentId, x.UserId });
                });

            migrationBuilder.CreateTable(
                name: "GradeAudit",
                schema: "assessment",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    SubmissionId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    ChangedBy = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    ChangedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    StateBefore = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    OldScorePercent = table.Column<double>(type: "float", nullable: true),
                    NewScorePercent = table.Column<double>(type: "float", nullable: true),
                    OldFeedback = table.Column<string>(type: "nvarchar(max)", maxLength: 10000, nullable: true),
                    NewFeedback = table.Column<string>(type: "nvarchar(max)", maxLength: 10000, nullable: true),
                    Reason = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_GradeAudit", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Passes",
                schema: "assessment",
                columns: table => new
                {
                    AssessmentId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    UserId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    OfferingId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    ScorePercent = table.Column<double>(type: "float", nullable: false),
                    PassedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Passes", x => new { x.AssessmentId, x.UserId });
                });

            migrationBuilder.CreateTable(
                name: "Questions",
                schema: "assessment",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    CourseId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Type = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    Prompt = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: false),
                    Points = table.Column<double>(type: "float", nullable: false),
                    CorrectBoolean = table.Column<bool>(type: "bit", nullable: true),
                    CorrectNumber = table.Column<double>(type: "float", nullable: true),
                    Tolerance = table.Column<double>(type: "float", nullable: false),
                    AcceptedAnswers = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    Explanation = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: true),
                    CreatedBy = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    Options = table.Column<string>(type: "nvarchar(max)", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Questions", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "SubmissionFiles",
                schema: "assessment",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    AssessmentId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    UserId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    FileName = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    Content = table.Column<byte[]>(type: "varbinary(max)", nullable: false),
                    Sha256 = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    UploadedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SubmissionFiles", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Submissions",
                schema: "assessment",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    AssessmentId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    OfferingId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    UserId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Text = table.Column<string>(type: "nvarchar(max)", maxLength: 50000, nullable: true),
                    FileId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    FileName = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true),
                    FileBytes = table.Column<long>(type: "bigint", nullable: true),
                    FirstSubmittedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    SubmittedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    DaysLate = table.Column<int>(type: "int", nullable: false),
                    State = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    Points = table.Column<double>(type: "float", nullable: true),
                    RawScorePercent = table.Column<double>(type: "float", nullable: true),
                    PenaltyPercent = table.Column<double>(type: "float", nullable: false),
                    ScorePercent = table.Column<double>(type: "float", nullable: true),
                    Feedback = table.Column<string>(type: "nvarchar(max)", maxLength: 10000, nullable: true),
                    GradedBy = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    GradedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: true),
                    ReleasedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: true),
                    Version = table.Column<int>(type: "int", nullable: false),
                    RubricScores = table.Column<string>(type: "nvarchar(max)", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Submissions", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Assessments_DueAtUtc",
                schema: "assessment",
                table: "Assessments",
                column: "DueAtUtc");

            migrationBuilder.CreateIndex(
                name: "IX_Assessments_OfferingId",
                schema: "assessment",
                table: "Assessments",
                column: "OfferingId");

            migrationBuilder.CreateIndex(
                name: "IX_Attempts_AssessmentId_UserId_Number",
                schema: "assessment",
                table: "Attempts",
                columns: new[] { "AssessmentId", "UserId", "Number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Attempts_OfferingId_UserId",
                schema: "assessment",
                table: "Attempts",
                columns: new[] { "OfferingId", "UserId" });

            migrationBuilder.CreateIndex(
                name: "IX_GradeAudit_SubmissionId",
                schema: "assessment",
                table: "GradeAudit",
                column: "SubmissionId");

            migrationBuilder.CreateIndex(
                name: "IX_Questions_CourseId",
                schema: "assessment",
                table: "Questions",
                column: "CourseId");

            migrationBuilder.CreateIndex(
                name: "IX_Submissions_AssessmentId_UserId",
                schema: "assessment",
                table: "Submissions",
                columns: new[] { "AssessmentId", "UserId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Submissions_OfferingId_State_SubmittedAtUtc",
                schema: "assessment",
                table: "Submissions",
                columns: new[] { "OfferingId", "State", "SubmittedAtUtc" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "Assessments",
                schema: "assessment");

            migrationBuilder.DropTable(
                name: "Attempts",
                schema: "assessment");

            migrationBuilder.DropTable(
                name: "Extensions",
                schema: "assessment");

            migrationBuilder.DropTable(
                name: "GradeAudit",
                schema: "assessment");

            migrationBuilder.DropTable(
                name: "Passes",
                schema: "assessment");

            migrationBuilder.DropTable(
                name: "Questions",
                schema: "assessment");

            migrationBuilder.DropTable(
                name: "SubmissionFiles",
                schema: "assessment");

            migrationBuilder.DropTable(
                name: "Submissions",
                schema: "assessment");
        }
    }
}
