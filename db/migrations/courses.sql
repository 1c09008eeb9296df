IF OBJECT_ID(N'[courses].[__EFMigrationsHistory]') IS NULL
BEGIN
    IF SCHEMA_ID(N'courses') IS NULL EXEC(N'CREATE SCHEMA [courses];');
    CREATE TABLE [courses].[__EFMigrationsHistory] (
        [MigrationId] nvarchar(150) NOT NULL,
        [ProductVersion] nvarchar(32) NOT NULL,
        CONSTRAINT [PK___EFMigrationsHistory] PRIMARY KEY ([MigrationId])
    );
END;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [courses].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123232659_Initial'
)
BEGIN
    IF SCHEMA_ID(N'courses') IS NULL EXEC(N'CREATE SCHEMA [courses];');
END;

IF NOT EXISTS (
    SELECT * FROM [courses].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123232659_Initial'
)
BEGIN
    CREATE TABLE [courses].[Courses] (
        [Id] uniqueidentifier NOT NULL,
        [Code] nvarchar(40) NOT NULL,
        [Title] nvarchar(200) NOT NULL,
        [Summary] nvarchar(1000) NOT NULL,
        [Description] nvarchar(max) NOT NULL,
        [Language] nvarchar(2) NOT NULL,
        [StudyLoadHours] int NOT NULL,
        [Ects] float NULL,
        [Topics] nvarchar(max) NOT NULL,
        [Audiences] nvarchar(max) NOT NULL,
        CONSTRAINT [PK_Courses] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [courses].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123232659_Initial'
)
BEGIN
    CREATE TABLE [courses].[InboxMessages] (
        [MessageId] uniqueidentifier NOT NULL,
        [Handler] nvarchar(300) NOT NULL,
        [HandledAtUtc] datetime2 NOT NULL,
        CONSTRAINT [PK_InboxMessages] PRIMARY KEY ([MessageId], [Handler])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [courses].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123232659_Initial'
)
BEGIN
    CREATE TABLE [courses].[OutboxMessages] (
        [Id] uniqueidentifier NOT NULL,
        [Type] nvarchar(400) NOT NULL,
        [Payload] nvarchar(max) NOT NULL,
        [OccurredAtUtc] datetime2 NOT NULL,
        [ProcessedAtUtc] datetime2 NULL,
        [Attempts] int NOT NULL,
        [LastError] nvarchar(2000) NULL,
        CONSTRAINT [PK_OutboxMessages] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [courses].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123232659_Initial'
)
BEGIN
    CREATE TABLE [courses].[Offerings] (
        [Id] uniqueidentifier NOT NULL,
        [CourseId] uniqueidentifier NOT NULL,
        [Kind] nvarchar(30) NOT NULL,
        [CohortLabel] nvarchar(40) NOT NULL,
        [StartsAtUtc] datetime2 NOT NULL,
        [EndsAtUtc] datetime2 NOT NULL,
        [Capacity] int NULL,
        [Delivery] nvarchar(20) NOT NULL,
        [Location] nvarchar(300) NULL,
        [Status] nvarchar(20) NOT NULL,
        [PublishedAtUtc] datetime2 NULL,
        CONSTRAINT [PK_Offerings] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_Offerings_Courses_CourseId] FOREIGN KEY ([CourseId]) REFERENCES [courses].[Courses] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [courses].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123232659_Initial'
)
BEGIN
    CREATE UNIQUE INDEX [IX_Courses_Code] ON [courses].[Courses] ([Code]);
END;

IF NOT EXISTS (
    SELECT * FROM [courses].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123232659_Initial'
)
BEGIN
    CREATE INDEX [IX_Offerings_CourseId] ON [courses].[Offerings] ([CourseId]);
END;

IF NOT EXISTS (
    SELECT * FROM [courses].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123232659_Initial'
)
BEGIN
    CREATE INDEX [IX_Offerings_Status_StartsAtUtc] ON [courses].[Offerings] ([Status], [StartsAtUtc]);
END;

IF NOT EXISTS (
    SELECT * FROM [courses].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123232659_Initial'
)
BEGIN
    CREATE INDEX [IX_OutboxMessages_ProcessedAtUtc_OccurredAtUtc] ON [courses].[OutboxMessages] ([ProcessedAtUtc], [OccurredAtUtc]);
END;

IF NOT EXISTS (
    SELECT * FROM [courses].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123232659_Initial'
)
BEGIN
    INSERT INTO [courses].[__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261123232659_Initial', N'10.0.14');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [courses].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124000514_CoursesCatalog'
)
BEGIN
    ALTER TABLE [courses].[Offerings] ADD [AutomaticWaitlistPromotion] bit NOT NULL DEFAULT CAST(0 AS bit);
END;

IF NOT EXISTS (
    SELECT * FROM [courses].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124000514_CoursesCatalog'
)
BEGIN
    ALTER TABLE [courses].[Offerings] ADD [CancellationDeadlineUtc] datetime2 NOT NULL DEFAULT '0001-01-01T00:00:00.0000000';
END;

IF NOT EXISTS (
    SELECT * FROM [courses].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124000514_CoursesCatalog'
)
BEGIN
    ALTER TABLE [courses].[Offerings] ADD [EnrollmentClosesAtUtc] datetime2 NOT NULL DEFAULT '0001-01-01T00:00:00.0000000';
END;

IF NOT EXISTS (
    SELECT * FROM [courses].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124000514_CoursesCatalog'
)
BEGIN
    ALTER TABLE [courses].[Offerings] ADD [EnrollmentOpensAtUtc] datetime2 NOT NULL DEFAULT '0001-01-01T00:00:00.0000000';
END;

IF NOT EXISTS (
    SELECT * FROM [courses].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124000514_CoursesCatalog'
)
BEGIN
    ALTER TABLE [courses].[Offerings] ADD [EnrollmentPolicy] nvarchar(30) NOT NULL DEFAULT N'';
END;

IF NOT EXISTS (
    SELECT * FROM [courses].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124000514_CoursesCatalog'
)
BEGIN
    ALTER TABLE [courses].[Offerings] ADD [InstructorIds] nvarchar(max) NOT NULL DEFAULT N'[]';
END;

IF NOT EXISTS (
    SELECT * FROM [courses].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124000514_CoursesCatalog'
)
BEGIN
    ALTER TABLE [courses].[Offerings] ADD [MinimumAttendancePercent] int NOT NULL DEFAULT 0;
END;

IF NOT EXISTS (
    SELECT * FROM [courses].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124000514_CoursesCatalog'
)
BEGIN
    ALTER TABLE [courses].[Offerings] ADD [OnlineLink] nvarchar(500) NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [courses].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124000514_CoursesCatalog'
)
BEGIN
    ALTER TABLE [courses].[Offerings] ADD [RequiredAssessmentIds] nvarchar(max) NOT NULL DEFAULT N'[]';
END;

IF NOT EXISTS (
    SELECT * FROM [courses].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124000514_CoursesCatalog'
)
BEGIN
    ALTER TABLE [courses].[Offerings] ADD [RequiresRegistrationNumber] bit NOT NULL DEFAULT CAST(0 AS bit);
END;

IF NOT EXISTS (
    SELECT * FROM [courses].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124000514_CoursesCatalog'
)
BEGIN
    ALTER TABLE [courses].[Offerings] ADD [RequiresStudentNumber] bit NOT NULL DEFAULT CAST(0 AS bit);
END;

IF NOT EXISTS (
    SELECT * FROM [courses].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124000514_CoursesCatalog'
)
BEGIN
    ALTER TABLE [courses].[Offerings] ADD [Version] int NOT NULL DEFAULT 0;
END;

IF NOT EXISTS (
    SELECT * FROM [courses].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124000514_CoursesCatalog'
)
BEGIN
    ALTER TABLE [courses].[Offerings] ADD [WaitlistEnabled] bit NOT NULL DEFAULT CAST(0 AS bit);
END;

IF NOT EXISTS (
    SELECT * FROM [courses].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124000514_CoursesCatalog'
)
BEGIN
    ALTER TABLE [courses].[Courses] ADD [CertificateValidityMonths] int NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [courses].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124000514_CoursesCatalog'
)
BEGIN
    ALTER TABLE [courses].[Courses] ADD [InstructorIds] nvarchar(max) NOT NULL DEFAULT N'[]';
END;

IF NOT EXISTS (
    SELECT * FROM [courses].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124000514_CoursesCatalog'
)
BEGIN
    ALTER TABLE [courses].[Courses] ADD [LearningObjectives] nvarchar(max) NOT NULL DEFAULT N'[]';
END;

IF NOT EXISTS (
    SELECT * FROM [courses].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124000514_CoursesCatalog'
)
BEGIN
    CREATE TABLE [courses].[CalendarFeeds] (
        [UserId] uniqueidentifier NOT NULL,
        [Token] nvarchar(64) NOT NULL,
        [IssuedAtUtc] datetime2 NOT NULL,
        CONSTRAINT [PK_CalendarFeeds] PRIMARY KEY ([UserId])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [courses].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124000514_CoursesCatalog'
)
BEGIN
    CREATE TABLE [courses].[ContentModules] (
        [Id] uniqueidentifier NOT NULL,
        [OfferingId] uniqueidentifier NOT NULL,
        [Title] nvarchar(200) NOT NULL,
        [Position] int NOT NULL,
        CONSTRAINT [PK_ContentModules] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_ContentModules_Offerings_OfferingId] FOREIGN KEY ([OfferingId]) REFERENCES [courses].[Offerings] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [courses].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124000514_CoursesCatalog'
)
BEGIN
    CREATE TABLE [courses].[CourseAccreditations] (
        [Id] int NOT NULL IDENTITY,
        [Registry] nvarchar(60) NOT NULL,
        [AccreditationId] nvarchar(60) NULL,
        [Points] float NOT NULL,
        [Profession] nvarchar(100) NOT NULL,
        [CourseId] uniqueidentifier NOT NULL,
        CONSTRAINT [PK_CourseAccreditations] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_CourseAccreditations_Courses_CourseId] FOREIGN KEY ([CourseId]) REFERENCES [courses].[Courses] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [courses].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124000514_CoursesCatalog'
)
BEGIN
    CREATE TABLE [courses].[Sessions] (
        [Id] uniqueidentifier NOT NULL,
        [OfferingId] uniqueidentifier NOT NULL,
        [StartsAtUtc] datetime2 NOT NULL,
        [DurationMinutes] int NOT NULL,
        [Topic] nvarchar(200) NOT NULL,
        [Location] nvarchar(300) NULL,
        [OnlineLink] nvarchar(500) NULL,
        [InstructorIds] nvarchar(max) NOT NULL,
        [Status] nvarchar(20) NOT NULL,
        [Sequence] int NOT NULL,
        CONSTRAINT [PK_Sessions] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_Sessions_Offerings_OfferingId] FOREIGN KEY ([OfferingId]) REFERENCES [courses].[Offerings] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [courses].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124000514_CoursesCatalog'
)
BEGIN
    CREATE TABLE [courses].[Lessons] (
        [Id] uniqueidentifier NOT NULL,
        [ModuleId] uniqueidentifier NOT NULL,
        [Title] nvarchar(200) NOT NULL,
        [Position] int NOT NULL,
        [BodyMarkdown] nvarchar(max) NOT NULL,
        [VideoUrl] nvarchar(500) NULL,
        [ResourceUrl] nvarchar(500) NULL,
        CONSTRAINT [PK_Lessons] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_Lessons_ContentModules_ModuleId] FOREIGN KEY ([ModuleId]) REFERENCES [courses].[ContentModules] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [courses].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124000514_CoursesCatalog'
)
BEGIN
    CREATE UNIQUE INDEX [IX_CalendarFeeds_Token] ON [courses].[CalendarFeeds] ([Token]);
END;

IF NOT EXISTS (
    SELECT * FROM [courses].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124000514_CoursesCatalog'
)
BEGIN
    CREATE INDEX [IX_ContentModules_OfferingId_Position] ON [courses].[ContentModules] ([OfferingId], [Position]);
END;

IF NOT EXISTS (
    SELECT * FROM [courses].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124000514_CoursesCatalog'
)
BEGIN
    CREATE INDEX [IX_CourseAccreditations_CourseId] ON [courses].[CourseAccreditations] ([CourseId]);
END;

IF NOT EXISTS (
    SELECT * FROM [courses].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124000514_CoursesCatalog'
)
BEGIN
    CREATE INDEX [IX_Lessons_ModuleId] ON [courses].[Lessons] ([ModuleId]);
END;

IF NOT EXISTS (
    SELECT * FROM [courses].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124000514_CoursesCatalog'
)
BEGIN
    CREATE INDEX [IX_Sessions_OfferingId_StartsAtUtc] ON [courses].[Sessions] ([OfferingId], [StartsAtUtc]);
END;

IF NOT EXISTS (
    SELECT * FROM [courses].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124000514_CoursesCatalog'
)
BEGIN
    INSERT INTO [courses].[__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261124000514_CoursesCatalog', N'10.0.14');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [courses].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201161019_AuditTrail'
)
BEGIN
    CREATE TABLE [courses].[AuditEntries] (
        [Id] uniqueidentifier NOT NULL,
        [AtUtc] datetime2 NOT NULL,
        [ActorId] uniqueidentifier NULL,
        [Action] nvarchar(100) NOT NULL,
        [SubjectType] nvarchar(100) NOT NULL,
        [SubjectId] uniqueidentifier NOT NULL,
        [OfferingId] uniqueidentifier NULL,
        [PersonId] uniqueidentifier NULL,
        [Changes] nvarchar(max) NULL,
        [Note] nvarchar(1000) NULL,
        CONSTRAINT [PK_AuditEntries] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [courses].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201161019_AuditTrail'
)
BEGIN
    CREATE INDEX [IX_AuditEntries_AtUtc] ON [courses].[AuditEntries] ([AtUtc]);
END;

IF NOT EXISTS (
    SELECT * FROM [courses].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201161019_AuditTrail'
)
BEGIN
    CREATE INDEX [IX_AuditEntries_OfferingId_AtUtc] ON [courses].[AuditEntries] ([OfferingId], [AtUtc]);
END;

IF NOT EXISTS (
    SELECT * FROM [courses].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201161019_AuditTrail'
)
BEGIN
    CREATE INDEX [IX_AuditEntries_PersonId_AtUtc] ON [courses].[AuditEntries] ([PersonId], [AtUtc]);
END;

IF NOT EXISTS (
    SELECT * FROM [courses].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201161019_AuditTrail'
)
BEGIN
    INSERT INTO [courses].[__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261201161019_AuditTrail', N'10.0.14');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [courses].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201165537_PastRunRecords'
)
BEGIN
    ALTER TABLE [courses].[Offerings] ADD [IsPastRunRecord] bit NOT NULL DEFAULT CAST(0 AS bit);
END;

IF NOT EXISTS (
    SELECT * FROM [courses].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201165537_PastRunRecords'
)
BEGIN
    INSERT INTO [courses].[__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261201165537_PastRunRecords', N'10.0.14');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [courses].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201215242_AccreditationPartialCredit'
)
BEGIN
    ALTER TABLE [courses].[CourseAccreditations] ADD [PartialCredit] nvarchar(20) NOT NULL DEFAULT N'None';
END;

IF NOT EXISTS (
    SELECT * FROM [courses].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201215242_AccreditationPartialCredit'
)
BEGIN
    INSERT INTO [courses].[__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261201215242_AccreditationPartialCredit', N'10.0.14');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [courses].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201223822_FacultyDisclosures'
)
BEGIN
    CREATE TABLE [courses].[FacultyDisclosures] (
        [OfferingId] uniqueidentifier NOT NULL,
        [InstructorId] uniqueidentifier NOT NULL,
        [NothingToDisclose] bit NOT NULL,
        [DeclaredAtUtc] datetime2 NOT NULL,
        [RecordedBy] uniqueidentifier NOT NULL,
        [Relationships] nvarchar(max) NULL,
        CONSTRAINT [PK_FacultyDisclosures] PRIMARY KEY ([OfferingId], [InstructorId]),
        CONSTRAINT [FK_FacultyDisclosures_Offerings_OfferingId] FOREIGN KEY ([OfferingId]) REFERENCES [courses].[Offerings] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [courses].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201223822_FacultyDisclosures'
)
BEGIN
    INSERT INTO [courses].[__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261201223822_FacultyDisclosures', N'10.0.14');
END;

COMMIT;
GO

