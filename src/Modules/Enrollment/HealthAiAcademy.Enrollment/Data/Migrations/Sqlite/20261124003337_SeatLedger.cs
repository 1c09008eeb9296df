using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace HealthAiAcademy.Enrollment.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class SeatLedger : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Enrollments_OfferingId_UserId",
                table: "Enrollments");

            migrationBuilder.AddColumn<string>(
                name: "DecisionMessage",
                table: "Enrollments",
                type: "TEXT",
                maxLength: 2000,
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "EndedAtUtc",
                table: "Enrollments",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "EnrolledAtUtc",
                table: "Enrollments",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Motivation",
                table: "Enrollments",
                type: "TEXT",
                maxLength: 2000,
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "OfferExpiresAtUtc",
                table: "Enrollments",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "SeatsTaken",
                table: "EnrollmentBooks",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "WaitlistLength",
                table: "EnrollmentBooks",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.CreateIndex(
                name: "IX_Enrollments_OfferingId_UserId",
                table: "Enrollments",
                columns: new[] { "OfferingId", "UserId" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Enrollments_OfferingId_UserId",
                table: "Enrollments");

            migrationBuilder.DropColumn(
                name: "DecisionMessage",
                table: "Enrollments");

            migrationBuilder.DropColumn(
                name: "EndedAtUtc",
                table: "Enrollments");

            migrationBuilder.DropColumn(
                name: "EnrolledAtUtc",
                table: "Enrollments");

            migrationBuilder.DropColumn(
                name: "Motivation",
                table: "Enrollments");

            migrationBuilder.DropColumn(
                name: "OfferExpiresAtUtc",
                table: "Enrollments");

            migrationBuilder.DropColumn(
                name: "SeatsTaken",
                table: "EnrollmentBooks");

            migrationBuilder.DropColumn(
                name: "WaitlistLength",
                table: "EnrollmentBooks");

            migrationBuilder.CreateIndex(
                name: "IX_Enrollments_OfferingId_UserId",
                table: "Enrollments",
                columns: new[] { "OfferingId", "UserId" });
        }
    }
}
