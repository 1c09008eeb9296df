using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace HealthAiAcademy.Enrollment.Data.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class CourseEvaluations : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTime>(
                name: "AwaitingEvaluationSinceUtc",
                schema: "enrollment",
                table: "Enrollments",
                type: "datetime2",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "EvaluationReceipts",
                schema: "enrollment",
                columns: table => new
                {
                    EvaluationId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    UserId = table.Column<Guid>(type: "uniqueidentifier", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EvaluationReceipts", x => new { x.EvaluationId, x.UserId });
                });

            migrationBuilder.CreateTable(
                name: "EvaluationResponses",
                schema: "enrollment",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    EvaluationId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Answers = table.Column<string>(type: "nvarchar(max)", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EvaluationResponses", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Evaluations",
                schema: "enrollment",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    OfferingId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    RequiredForCertificate = table.Column<bool>(type: "bit", nullable: false),
                    ChangedBy = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    ChangedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    Items = table.Column<string>(type: "nvarchar(max)", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Evaluations", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_EvaluationResponses_EvaluationId",
                schema: "enrollment",
                table: "EvaluationResponses",
                column: "EvaluationId");

            migrationBuilder.CreateIndex(
                name: "IX_Evaluations_OfferingId",
                schema: "enrollment",
                table: "Evaluations",
                column: "OfferingId",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "EvaluationReceipts",
                schema: "enrollment");

            migrationBuilder.DropTable(
                name: "EvaluationResponses",
                schema: "enrollment");

            migrationBuilder.DropTable(
                name: "Evaluations",
                schema: "enrollment");

            migrationBuilder.DropColumn(
                name: "AwaitingEvaluationSinceUtc",
                schema: "enrollment",
                table: "Enrollments");
        }
    }
}
