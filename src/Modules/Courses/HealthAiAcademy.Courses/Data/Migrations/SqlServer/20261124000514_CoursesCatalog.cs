using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace HealthAiAcademy.Courses.Data.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class CoursesCatalog : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "AutomaticWaitlistPromotion",
                schema: "courses",
                table: "Offerings",
                type: "bit",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<DateTime>(
                name: "CancellationDeadlineUtc",
                schema: "courses",
                table: "Offerings",
                type: "datetime2",
                nullable: false,
                defaultValue: new DateTime(1, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified));

            migrationBuilder.AddColumn<DateTime>(
                name: "EnrollmentClosesAtUtc",
                schema: "courses",
                table: "Offerings",
                type: "datetime2",
                nullable: false,
                defaultValue: new DateTime(1, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified));

            migrationBuilder.AddColumn<DateTime>(
                name: "EnrollmentOpensAtUtc",
                schema: "courses",
                table: "Offerings",
                type: "datetime2",
                nullable: false,
                defaultValue: new DateTime(1, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified));

            migrationBuilder.AddColumn<string>(
                name: "EnrollmentPolicy",
                schema: "courses",
                table: "Offerings",
                type: "nvarchar(30)",
                maxLength: 30,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "InstructorIds",
                schema: "courses",
                table: "Offerings",
                type: "nvarchar(max)",
                nullable: false,
                defaultValue: "[]");

            migrationBuilder.AddColumn<int>(
                name: "MinimumAttendancePercent",
                schema: "courses",
                table: "Offerings",
                type: "int",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<string>(
                name: "OnlineLink",
                schema: "courses",
                table: "Offerings",
                type: "nvarchar(500)",
                maxLength: 500,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "RequiredAssessmentIds",
                schema: "courses",
                table: "Offerings",
                type: "nvarchar(max)",
                nullable: false,
                defaultValue: "[]");

            migrationBuilder.AddColumn<bool>(
                name: "RequiresRegistrationNumber",
                schema: "courses",
                table: "Offerings",
                type: "bit",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<bool>(
                name: "RequiresStudentNumber",
                schema: "courses",
                table: "Offerings",
                type: "bit",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<int>(
                name: "Version",
                schema: "courses",
                table: "Offerings",
                type: "int",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<bool>(
                name: "WaitlistEnabled",
                schema: "courses",
                table: "Offerings",
                type: "bit",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<int>(
                name: "CertificateValidityMonths",
                schema: "courses",
                table: "Courses",
                type: "int",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "InstructorIds",
                schema: "courses",
                table: "Courses",
                type: "nvarchar(max)",
                nullable: false,
                defaultValue: "[]");

            migrationBuilder.AddColumn<string>(
                name: "LearningObjectives",
                schema: "courses",
                table: "Courses",
                type: "nvarchar(max)",
                nullable: false,
                defaultValue: "[]");

            migrationBuilder.CreateTable(
                name: "CalendarFeeds",
                schema: "courses",
                columns: table => new
                {
                    UserId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Token = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    IssuedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CalendarFeeds", x => x.UserId);
                });

            migrationBuilder.CreateTable(
                name: "ContentModules",
                schema: "courses",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    OfferingId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Title = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    Position = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ContentModules", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ContentModules_Offerings_OfferingId",
                        column: x => x.OfferingId,
                        principalSchema: "courses",
                        principalTable: "Offerings",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "CourseAccreditations",
                schema: "courses",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    Registry = table.Column<string>(type: "nvarchar(60)", maxLength: 60, nullable: false),
                    AccreditationId = table.Column<string>(type: "nvarchar(60)", maxLength: 60, nullable: true),
                    Points = table.Column<double>(type: "float", nullable: false),
                    Profession = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    CourseId = table.Column<Guid>(type: "uniqueidentifier", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CourseAccreditations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CourseAccreditations_Courses_CourseId",
                        column: x => x.CourseId,
                        principalSchema: "courses",
                        principalTable: "Courses",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Sessions",
                schema: "courses",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    OfferingId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    StartsAtUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    DurationMinutes = table.Column<int>(type: "int", nullable: false),
                    Topic = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    Location = table.Column<string>(type: "nvarchar(300)", maxLength: 300, nullable: true),
                    OnlineLink = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: true),
                    InstructorIds = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    Status = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    Sequence = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Sessions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Sessions_Offerings_OfferingId",
                        column: x => x.OfferingId,
                        principalSchema: "courses",
                        principalTable: "Offerings",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Lessons",
                schema: "courses",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    ModuleId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Title = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    Position = table.Column<int>(type: "int", nullable: false),
                    BodyMarkdown = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    VideoUrl = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: true),
                    ResourceUrl = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Lessons", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Lessons_ContentModules_ModuleId",
                        column: x => x.ModuleId,
                        principalSchema: "courses",
                        principalTable: "ContentModules",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_CalendarFeeds_Token",
                schema: "courses",
                table: "CalendarFeeds",
                column: "Token",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ContentModules_OfferingId_Position",
                schema: "courses",
                table: "ContentModules",
                columns: new[] { "OfferingId", "Position" });

            migrationBuilder.CreateIndex(
                name: "IX_CourseAccreditations_CourseId",
                schema: "courses",
                table: "CourseAccreditations",
                column: "CourseId");

            migrationBuilder.CreateIndex(
                name: "IX_Lessons_ModuleId",
                schema: "courses",
                table: "Lessons",
                column: "ModuleId");

            migrationBuilder.CreateIndex(
                name: "IX_Sessions_OfferingId_StartsAtUtc",
                schema: "courses",
                table: "Sessions",
                columns: new[] { "OfferingId", "StartsAtUtc" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "CalendarFeeds",
                schema: "courses");

            migrationBuilder.DropTable(
                name: "CourseAccreditations",
                schema: "courses");

            migrationBuilder.DropTable(
                name: "Lessons",
                schema: "courses");

            migrationBuilder.DropTable(
                name: "Sessions",
                schema: "courses");

            migrationBuilder.DropTable(
                name: "ContentModules",
                schema: "courses");

            migrationBuilder.DropColumn(
                name: "AutomaticWaitlistPromotion",
                schema: "courses",
                table: "Offerings");

            migrationBuilder.DropColumn(
                name: "CancellationDeadlineUtc",
                schema: "courses",
                table: "Offerings");

            migrationBuilder.DropColumn(
                name: "EnrollmentClosesAtUtc",
                schema: "courses",
                table: "Offerings");

            migrationBuilder.DropColumn(
                name: "EnrollmentOpensAtUtc",
                schema: "courses",
                table: "Offerings");

            migrationBuilder.DropColumn(
                name: "EnrollmentPolicy",
                schema: "courses",
                table: "Offerings");

            migrationBuilder.DropColumn(
                name: "InstructorIds",
                schema: "courses",
                table: "Offerings");

            migrationBuilder.DropColumn(
                name: "MinimumAttendancePercent",
                schema: "courses",
                table: "Offerings");

            migrationBuilder.DropColumn(
                name: "OnlineLink",
                schema: "courses",
                table: "Offerings");

            migrationBuilder.DropColumn(
                name: "RequiredAssessmentIds",
                schema: "courses",
                table: "Offerings");

            migrationBuilder.DropColumn(
                name: "RequiresRegistrationNumber",
                schema: "courses",
                table: "Offerings");

            migrationBuilder.DropColumn(
                name: "RequiresStudentNumber",
                schema: "courses",
                table: "Offerings");

            migrationBuilder.DropColumn(
                name: "Version",
                schema: "courses",
                table: "Offerings");

            migrationBuilder.DropColumn(
                name: "WaitlistEnabled",
                schema: "courses",
                table: "Offerings");

            migrationBuilder.DropColumn(
                name: "CertificateValidityMonths",
                schema: "courses",
                table: "Courses");

            migrationBuilder.DropColumn(
                name: "InstructorIds",
                schema: "courses",
                table: "Courses");

            migrationBuilder.DropColumn(
                name: "LearningObjectives",
                schema: "courses",
                table: "Courses");
        }
    }
}
