using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace HealthAiAcademy.Assessment.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class RandomCandidateNumbers : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "CandidateNumber",
                table: "Submissions",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            // Existing hand-ins get numbers in a random order within their assessment: unique, and unrelated to the person.
            migrationBuilder.Sql("""
                UPDATE "Submissions" SET "CandidateNumber" = (
                    SELECT r.n FROM (SELECT "Id", 100000 + ROW_NUMBER() OVER (PARTITION BY "AssessmentId" ORDER BY random()) AS n FROM "Submissions") AS r
                    WHERE r."Id" = "Submissions"."Id");
                """);

            migrationBuilder.CreateIndex(
                name: "IX_Submissions_AssessmentId_CandidateNumber",
                table: "Submissions",
                columns: new[] { "AssessmentId", "CandidateNumber" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Submissions_AssessmentId_CandidateNumber",
                table: "Submissions");

            migrationBuilder.DropColumn(
                name: "CandidateNumber",
                table: "Submissions");
        }
    }
}
