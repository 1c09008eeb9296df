using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace HealthAiAcademy.Assessment.Data.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class RandomCandidateNumbers : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "CandidateNumber",
                schema: "assessment",
                table: "Submissions",
                type: "int",
                nullable: false,
                defaultValue: 0);

            // Existing hand-ins get numbers in a random order within their assessment: unique, and unrelated to the person.
            migrationBuilder.Sql("""
                WITH r AS (SELECT [CandidateNumber], 100000 + ROW_NUMBER() OVER (PARTITION BY [AssessmentId] ORDER BY NEWID()) AS n FROM [assessment].[Submissions])
                UPDATE r SET [CandidateNumber] = n;
                """);

            migrationBuilder.CreateIndex(
                name: "IX_Submissions_AssessmentId_CandidateNumber",
                schema: "assessment",
                table: "Submissions",
                columns: new[] { "AssessmentId", "CandidateNumber" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Submissions_AssessmentId_CandidateNumber",
                schema: "assessment",
                table: "Submissions");

            migrationBuilder.DropColumn(
                name: "CandidateNumber",
                schema: "assessment",
                table: "Submissions");
        }
    }
}
