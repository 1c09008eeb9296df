IF OBJECT_ID(N'[enrollment].[__EFMigrationsHistory]') IS NULL
BEGIN
    IF SCHEMA_ID(N'enrollment') IS NULL EXEC(N'CREATE SCHEMA [enrollment];');
    CREATE TABLE [enrollment].[__EFMigrationsHistory] (
        [MigrationId] nvarchar(150) NOT NULL,
        [ProductVersion] nvarchar(32) NOT NULL,
        CONSTRAINT [PK___EFMigrationsHistory] PRIMARY KEY ([MigrationId])
    );
END;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [enrollment].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123232708_Initial'
)
BEGIN
    IF SCHEMA_ID(N'enrollment') IS NULL EXEC(N'CREATE SCHEMA [enrollment];');
END;

IF NOT EXISTS (
    SELECT * FROM [enrollment].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123232708_Initial'
)
BEGIN
    CREATE TABLE [enrollment].[EnrollmentBooks] (
        [OfferingId] uniqueidentifier NOT NULL,
        [Title] nvarchar(200) NOT NULL,
        [Kind] nvarchar(30) NOT NULL,
        [Capacity] int NULL,
        [StartsAtUtc] datetime2 NOT NULL,
        [OpenedAtUtc] datetime2 NOT NULL,
        CONSTRAINT [PK_EnrollmentBooks] PRIMARY KEY ([OfferingId])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [enrollment].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123232708_Initial'
)
BEGIN
    CREATE TABLE [enrollment].[InboxMessages] (
        [MessageId] uniqueidentifier NOT NULL,
        [Handler] nvarchar(300) NOT NULL,
        [HandledAtUtc] datetime2 NOT NULL,
        CONSTRAINT [PK_InboxMessages] PRIMARY KEY ([MessageId], [Handler])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [enrollment].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123232708_Initial'
)
BEGIN
    CREATE TABLE [enrollment].[OutboxMessages] (
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
    SELECT * FROM [enrollment].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123232708_Initial'
)
BEGIN
    CREATE INDEX [IX_OutboxMessages_ProcessedAtUtc_OccurredAtUtc] ON [enrollment].[OutboxMessages] ([ProcessedAtUtc], [OccurredAtUtc]);
END;

IF NOT EXISTS (
    SELECT * FROM [enrollment].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123232708_Initial'
)
BEGIN
    INSERT INTO [enrollment].[__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261123232708_Initial', N'10.0.14');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [enrollment].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124000521_Enrollments'
)
BEGIN
    CREATE TABLE [enrollment].[Enrollments] (
        [Id] uniqueidentifier NOT NULL,
        [OfferingId] uniqueidentifier NOT NULL,
        [UserId] uniqueidentifier NOT NULL,
        [Status] nvarchar(20) NOT NULL,
        [WaitlistPosition] int NULL,
        [RequestedAtUtc] datetime2 NOT NULL,
        CONSTRAINT [PK_Enrollments] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [enrollment].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124000521_Enrollments'
)
BEGIN
    CREATE INDEX [IX_Enrollments_OfferingId_Status_WaitlistPosition] ON [enrollment].[Enrollments] ([OfferingId], [Status], [WaitlistPosition]);
END;

IF NOT EXISTS (
    SELECT * FROM [enrollment].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124000521_Enrollments'
)
BEGIN
    CREATE INDEX [IX_Enrollments_OfferingId_UserId] ON [enrollment].[Enrollments] ([OfferingId], [UserId]);
END;

IF NOT EXISTS (
    SELECT * FROM [enrollment].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124000521_Enrollments'
)
BEGIN
    CREATE INDEX [IX_Enrollments_UserId_Status] ON [enrollment].[Enrollments] ([UserId], [Status]);
END;

IF NOT EXISTS (
    SELECT * FROM [enrollment].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124000521_Enrollments'
)
BEGIN
    INSERT INTO [enrollment].[__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261124000521_Enrollments', N'10.0.14');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [enrollment].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124003351_SeatLedger'
)
BEGIN
    DROP INDEX [IX_Enrollments_OfferingId_UserId] ON [enrollment].[Enrollments];
END;

IF NOT EXISTS (
    SELECT * FROM [enrollment].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124003351_SeatLedger'
)
BEGIN
    ALTER TABLE [enrollment].[Enrollments] ADD [DecisionMessage] nvarchar(2000) NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [enrollment].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124003351_SeatLedger'
)
BEGIN
    ALTER TABLE [enrollment].[Enrollments] ADD [EndedAtUtc] datetime2 NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [enrollment].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124003351_SeatLedger'
)
BEGIN
    ALTER TABLE [enrollment].[Enrollments] ADD [EnrolledAtUtc] datetime2 NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [enrollment].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124003351_SeatLedger'
)
BEGIN
    ALTER TABLE [enrollment].[Enrollments] ADD [Motivation] nvarchar(2000) NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [enrollment].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124003351_SeatLedger'
)
BEGIN
    ALTER TABLE [enrollment].[Enrollments] ADD [OfferExpiresAtUtc] datetime2 NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [enrollment].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124003351_SeatLedger'
)
BEGIN
    ALTER TABLE [enrollment].[EnrollmentBooks] ADD [SeatsTaken] int NOT NULL DEFAULT 0;
END;

IF NOT EXISTS (
    SELECT * FROM [enrollment].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124003351_SeatLedger'
)
BEGIN
    ALTER TABLE [enrollment].[EnrollmentBooks] ADD [WaitlistLength] int NOT NULL DEFAULT 0;
END;

IF NOT EXISTS (
    SELECT * FROM [enrollment].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124003351_SeatLedger'
)
BEGIN
    CREATE UNIQUE INDEX [IX_Enrollments_OfferingId_UserId] ON [enrollment].[Enrollments] ([OfferingId], [UserId]);
END;

IF NOT EXISTS (
    SELECT * FROM [enrollment].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124003351_SeatLedger'
)
BEGIN
    INSERT INTO [enrollment].[__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261124003351_SeatLedger', N'10.0.14');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [enrollment].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124004308_BookCancellation'
)
BEGIN
    ALTER TABLE [enrollment].[EnrollmentBooks] ADD [IsCancelled] bit NOT NULL DEFAULT CAST(0 AS bit);
END;

IF NOT EXISTS (
    SELECT * FROM [enrollment].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124004308_BookCancellation'
)
BEGIN
    INSERT INTO [enrollment].[__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261124004308_BookCancellation', N'10.0.14');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [enrollment].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124004729_AttendanceAndCompletion'
)
BEGIN
    ALTER TABLE [enrollment].[Enrollments] ADD [AttendancePercent] int NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [enrollment].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124004729_AttendanceAndCompletion'
)
BEGIN
    ALTER TABLE [enrollment].[Enrollments] ADD [CompletedAtUtc] datetime2 NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [enrollment].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124004729_AttendanceAndCompletion'
)
BEGIN
    CREATE TABLE [enrollment].[AttendanceRecords] (
        [Id] uniqueidentifier NOT NULL,
        [EnrollmentId] uniqueidentifier NOT NULL,
        [OfferingId] uniqueidentifier NOT NULL,
        [SessionId] uniqueidentifier NOT NULL,
        [Status] nvarchar(20) NOT NULL,
        [RecordedBy] uniqueidentifier NOT NULL,
        [RecordedAtUtc] datetime2 NOT NULL,
        CONSTRAINT [PK_AttendanceRecords] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [enrollment].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124004729_AttendanceAndCompletion'
)
BEGIN
    CREATE TABLE [enrollment].[PassedAssessments] (
        [OfferingId] uniqueidentifier NOT NULL,
        [UserId] uniqueidentifier NOT NULL,
        [AssessmentId] uniqueidentifier NOT NULL,
        [PassedAtUtc] datetime2 NOT NULL,
        CONSTRAINT [PK_PassedAssessments] PRIMARY KEY ([OfferingId], [UserId], [AssessmentId])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [enrollment].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124004729_AttendanceAndCompletion'
)
BEGIN
    CREATE INDEX [IX_AttendanceRecords_EnrollmentId] ON [enrollment].[AttendanceRecords] ([EnrollmentId]);
END;

IF NOT EXISTS (
    SELECT * FROM [enrollment].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124004729_AttendanceAndCompletion'
)
BEGIN
    CREATE UNIQUE INDEX [IX_AttendanceRecords_SessionId_EnrollmentId] ON [enrollment].[AttendanceRecords] ([SessionId], [EnrollmentId]);
END;

IF NOT EXISTS (
    SELECT * FROM [enrollment].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124004729_AttendanceAndCompletion'
)
BEGIN
    INSERT INTO [enrollment].[__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261124004729_AttendanceAndCompletion', N'10.0.14');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [enrollment].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124005130_Reminders'
)
BEGIN
    ALTER TABLE [enrollment].[Enrollments] ADD [DecidedAtUtc] datetime2 NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [enrollment].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124005130_Reminders'
)
BEGIN
    CREATE TABLE [enrollment].[Notifications] (
        [Id] uniqueidentifier NOT NULL,
        [UserId] uniqueidentifier NOT NULL,
        [Title] nvarchar(200) NOT NULL,
        [Body] nvarchar(max) NOT NULL,
        [Link] nvarchar(300) NULL,
        [CreatedAtUtc] datetime2 NOT NULL,
        [ReadAtUtc] datetime2 NULL,
        CONSTRAINT [PK_Notifications] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [enrollment].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124005130_Reminders'
)
BEGIN
    CREATE TABLE [enrollment].[ReminderLedger] (
        [Id] uniqueidentifier NOT NULL,
        [Key] nvarchar(120) NOT NULL,
        [UserId] uniqueidentifier NOT NULL,
        [Kind] nvarchar(30) NOT NULL,
        [SubjectId] uniqueidentifier NOT NULL,
        [DueAtUtc] datetime2 NOT NULL,
        [ClaimedAtUtc] datetime2 NOT NULL,
        [SentAtUtc] datetime2 NULL,
        [Attempts] int NOT NULL,
        CONSTRAINT [PK_ReminderLedger] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [enrollment].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124005130_Reminders'
)
BEGIN
    CREATE TABLE [enrollment].[ReminderPreferences] (
        [UserId] uniqueidentifier NOT NULL,
        [Kind] nvarchar(30) NOT NULL,
        CONSTRAINT [PK_ReminderPreferences] PRIMARY KEY ([UserId], [Kind])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [enrollment].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124005130_Reminders'
)
BEGIN
    CREATE INDEX [IX_Notifications_UserId_CreatedAtUtc] ON [enrollment].[Notifications] ([UserId], [CreatedAtUtc]);
END;

IF NOT EXISTS (
    SELECT * FROM [enrollment].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124005130_Reminders'
)
BEGIN
    CREATE UNIQUE INDEX [IX_ReminderLedger_Key] ON [enrollment].[ReminderLedger] ([Key]);
END;

IF NOT EXISTS (
    SELECT * FROM [enrollment].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124005130_Reminders'
)
BEGIN
    CREATE INDEX [IX_ReminderLedger_SentAtUtc_ClaimedAtUtc] ON [enrollment].[ReminderLedger] ([SentAtUtc], [ClaimedAtUtc]);
END;

IF NOT EXISTS (
    SELECT * FROM [enrollment].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124005130_Reminders'
)
BEGIN
    INSERT INTO [enrollment].[__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261124005130_Reminders', N'10.0.14');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [enrollment].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124013331_LessonProgress'
)
BEGIN
    CREATE TABLE [enrollment].[LessonProgress] (
        [EnrollmentId] uniqueidentifier NOT NULL,
        [LessonId] uniqueidentifier NOT NULL,
        [DoneAtUtc] datetime2 NOT NULL,
        CONSTRAINT [PK_LessonProgress] PRIMARY KEY ([EnrollmentId], [LessonId])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [enrollment].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124013331_LessonProgress'
)
BEGIN
    INSERT INTO [enrollment].[__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261124013331_LessonProgress', N'10.0.14');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [enrollment].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201094658_EnrollmentTermsInBook'
)
BEGIN
    ALTER TABLE [enrollment].[EnrollmentBooks] ADD [EnrollmentClosesAtUtc] datetime2 NOT NULL DEFAULT '0001-01-01T00:00:00.0000000';
END;

IF NOT EXISTS (
    SELECT * FROM [enrollment].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201094658_EnrollmentTermsInBook'
)
BEGIN
    ALTER TABLE [enrollment].[EnrollmentBooks] ADD [EnrollmentOpensAtUtc] datetime2 NOT NULL DEFAULT '0001-01-01T00:00:00.0000000';
END;

IF NOT EXISTS (
    SELECT * FROM [enrollment].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201094658_EnrollmentTermsInBook'
)
BEGIN
    ALTER TABLE [enrollment].[EnrollmentBooks] ADD [EnrollmentPolicy] nvarchar(20) NOT NULL DEFAULT N'';
END;

IF NOT EXISTS (
    SELECT * FROM [enrollment].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201094658_EnrollmentTermsInBook'
)
BEGIN
    ALTER TABLE [enrollment].[EnrollmentBooks] ADD [RequiresStudentNumber] bit NOT NULL DEFAULT CAST(0 AS bit);
END;

IF NOT EXISTS (
    SELECT * FROM [enrollment].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201094658_EnrollmentTermsInBook'
)
BEGIN
    ALTER TABLE [enrollment].[EnrollmentBooks] ADD [Status] nvarchar(20) NOT NULL DEFAULT N'';
END;

IF NOT EXISTS (
    SELECT * FROM [enrollment].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201094658_EnrollmentTermsInBook'
)
BEGIN
    ALTER TABLE [enrollment].[EnrollmentBooks] ADD [TermsVersion] int NOT NULL DEFAULT -1;
END;

IF NOT EXISTS (
    SELECT * FROM [enrollment].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201094658_EnrollmentTermsInBook'
)
BEGIN
    ALTER TABLE [enrollment].[EnrollmentBooks] ADD [WaitlistEnabled] bit NOT NULL DEFAULT CAST(0 AS bit);
END;

IF NOT EXISTS (
    SELECT * FROM [enrollment].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201094658_EnrollmentTermsInBook'
)
BEGIN
    INSERT INTO [enrollment].[__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261201094658_EnrollmentTermsInBook', N'10.0.14');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [enrollment].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201102204_BookPromotionPolicy'
)
BEGIN
    ALTER TABLE [enrollment].[EnrollmentBooks] ADD [AutomaticWaitlistPromotion] bit NOT NULL DEFAULT CAST(0 AS bit);
END;

IF NOT EXISTS (
    SELECT * FROM [enrollment].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201102204_BookPromotionPolicy'
)
BEGIN
    UPDATE [enrollment].[EnrollmentBooks] SET TermsVersion = -1
END;

IF NOT EXISTS (
    SELECT * FROM [enrollment].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201102204_BookPromotionPolicy'
)
BEGIN
    INSERT INTO [enrollment].[__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261201102204_BookPromotionPolicy', N'10.0.14');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [enrollment].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201143710_OfferingChangeNotices'
)
BEGIN
    CREATE TABLE [enrollment].[OfferingChangeNotices] (
        [Id] uniqueidentifier NOT NULL,
        [OfferingId] uniqueidentifier NOT NULL,
        [SessionId] uniqueidentifier NULL,
        [Change] nvarchar(30) NOT NULL,
        [PreviousStartsAtUtc] datetime2 NULL,
        [StartsAtUtc] datetime2 NULL,
        [OccurredAtUtc] datetime2 NOT NULL,
        CONSTRAINT [PK_OfferingChangeNotices] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [enrollment].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201143710_OfferingChangeNotices'
)
BEGIN
    CREATE INDEX [IX_OfferingChangeNotices_OccurredAtUtc] ON [enrollment].[OfferingChangeNotices] ([OccurredAtUtc]);
END;

IF NOT EXISTS (
    SELECT * FROM [enrollment].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201143710_OfferingChangeNotices'
)
BEGIN
    INSERT INTO [enrollment].[__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261201143710_OfferingChangeNotices', N'10.0.14');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [enrollment].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201161026_AuditTrail'
)
BEGIN
    CREATE TABLE [enrollment].[AuditEntries] (
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
    SELECT * FROM [enrollment].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201161026_AuditTrail'
)
BEGIN
    CREATE INDEX [IX_AuditEntries_AtUtc] ON [enrollment].[AuditEntries] ([AtUtc]);
END;

IF NOT EXISTS (
    SELECT * FROM [enrollment].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201161026_AuditTrail'
)
BEGIN
    CREATE INDEX [IX_AuditEntries_OfferingId_AtUtc] ON [enrollment].[AuditEntries] ([OfferingId], [AtUtc]);
END;

IF NOT EXISTS (
    SELECT * FROM [enrollment].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201161026_AuditTrail'
)
BEGIN
    CREATE INDEX [IX_AuditEntries_PersonId_AtUtc] ON [enrollment].[AuditEntries] ([PersonId], [AtUtc]);
END;

IF NOT EXISTS (
    SELECT * FROM [enrollment].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201161026_AuditTrail'
)
BEGIN
    INSERT INTO [enrollment].[__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261201161026_AuditTrail', N'10.0.14');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [enrollment].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201162259_WaitlistPositionConcurrency'
)
BEGIN
    INSERT INTO [enrollment].[__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261201162259_WaitlistPositionConcurrency', N'10.0.14');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [enrollment].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201171929_Announcements'
)
BEGIN
    CREATE TABLE [enrollment].[Announcements] (
        [Id] uniqueidentifier NOT NULL,
        [OfferingId] uniqueidentifier NOT NULL,
        [Subject] nvarchar(200) NOT NULL,
        [Body] nvarchar(max) NOT NULL,
        [IncludesWaitlist] bit NOT NULL,
        [SentBy] uniqueidentifier NOT NULL,
        [SentAtUtc] datetime2 NOT NULL,
        CONSTRAINT [PK_Announcements] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [enrollment].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201171929_Announcements'
)
BEGIN
    CREATE INDEX [IX_Announcements_OfferingId_SentAtUtc] ON [enrollment].[Announcements] ([OfferingId], [SentAtUtc]);
END;

IF NOT EXISTS (
    SELECT * FROM [enrollment].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201171929_Announcements'
)
BEGIN
    CREATE INDEX [IX_Announcements_SentAtUtc] ON [enrollment].[Announcements] ([SentAtUtc]);
END;

IF NOT EXISTS (
    SELECT * FROM [enrollment].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201171929_Announcements'
)
BEGIN
    INSERT INTO [enrollment].[__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261201171929_Announcements', N'10.0.14');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [enrollment].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201203622_BookRequiresRegistrationNumber'
)
BEGIN
    ALTER TABLE [enrollment].[EnrollmentBooks] ADD [RequiresRegistrationNumber] bit NOT NULL DEFAULT CAST(0 AS bit);
END;

IF NOT EXISTS (
    SELECT * FROM [enrollment].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201203622_BookRequiresRegistrationNumber'
)
BEGIN
    INSERT INTO [enrollment].[__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261201203622_BookRequiresRegistrationNumber', N'10.0.14');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [enrollment].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201221810_CourseEvaluations'
)
BEGIN
    ALTER TABLE [enrollment].[Enrollments] ADD [AwaitingEvaluationSinceUtc] datetime2 NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [enrollment].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201221810_CourseEvaluations'
)
BEGIN
    CREATE TABLE [enrollment].[EvaluationReceipts] (
        [EvaluationId] uniqueidentifier NOT NULL,
        [UserId] uniqueidentifier NOT NULL,
        CONSTRAINT [PK_EvaluationReceipts] PRIMARY KEY ([EvaluationId], [UserId])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [enrollment].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201221810_CourseEvaluations'
)
BEGIN
    CREATE TABLE [enrollment].[EvaluationResponses] (
        [Id] uniqueidentifier NOT NULL,
        [EvaluationId] uniqueidentifier NOT NULL,
        [Answers] nvarchar(max) NULL,
        CONSTRAINT [PK_EvaluationResponses] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [enrollment].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201221810_CourseEvaluations'
)
BEGIN
    CREATE TABLE [enrollment].[Evaluations] (
        [Id] uniqueidentifier NOT NULL,
        [OfferingId] uniqueidentifier NOT NULL,
        [CreatedAtUtc] datetime2 NOT NULL,
        [RequiredForCertificate] bit NOT NULL,
        [ChangedBy] uniqueidentifier NOT NULL,
        [ChangedAtUtc] datetime2 NOT NULL,
        [Items] nvarchar(max) NULL,
        CONSTRAINT [PK_Evaluations] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [enrollment].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201221810_CourseEvaluations'
)
BEGIN
    CREATE INDEX [IX_EvaluationResponses_EvaluationId] ON [enrollment].[EvaluationResponses] ([EvaluationId]);
END;

IF NOT EXISTS (
    SELECT * FROM [enrollment].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201221810_CourseEvaluations'
)
BEGIN
    CREATE UNIQUE INDEX [IX_Evaluations_OfferingId] ON [enrollment].[Evaluations] ([OfferingId]);
END;

IF NOT EXISTS (
    SELECT * FROM [enrollment].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201221810_CourseEvaluations'
)
BEGIN
    INSERT INTO [enrollment].[__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261201221810_CourseEvaluations', N'10.0.14');
END;

COMMIT;
GO

