IF OBJECT_ID(N'[assessment].[__EFMigrationsHistory]') IS NULL
BEGIN
    IF SCHEMA_ID(N'assessment') IS NULL EXEC(N'CREATE SCHEMA [assessment];');
    CREATE TABLE [assessment].[__EFMigrationsHistory] (
        [MigrationId] nvarchar(150) NOT NULL,
        [ProductVersion] nvarchar(32) NOT NULL,
        CONSTRAINT [PK___EFMigrationsHistory] PRIMARY KEY ([MigrationId])
    );
END;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [assessment].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123232716_Initial'
)
BEGIN
    IF SCHEMA_ID(N'assessment') IS NULL EXEC(N'CREATE SCHEMA [assessment];');
END;

IF NOT EXISTS (
    SELECT * FROM [assessment].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123232716_Initial'
)
BEGIN
    CREATE TABLE [assessment].[InboxMessages] (
        [MessageId] uniqueidentifier NOT NULL,
        [Handler] nvarchar(300) NOT NULL,
        [HandledAtUtc] datetime2 NOT NULL,
        CONSTRAINT [PK_InboxMessages] PRIMARY KEY ([MessageId], [Handler])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [assessment].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123232716_Initial'
)
BEGIN
    CREATE TABLE [assessment].[OutboxMessages] (
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
    SELECT * FROM [assessment].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123232716_Initial'
)
BEGIN
    CREATE INDEX [IX_OutboxMessages_ProcessedAtUtc_OccurredAtUtc] ON [assessment].[OutboxMessages] ([ProcessedAtUtc], [OccurredAtUtc]);
END;

IF NOT EXISTS (
    SELECT * FROM [assessment].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123232716_Initial'
)
BEGIN
    INSERT INTO [assessment].[__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261123232716_Initial', N'10.0.14');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [assessment].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124015726_Assessments'
)
BEGIN
    CREATE TABLE [assessment].[Assessments] (
        [Id] uniqueidentifier NOT NULL,
        [OfferingId] uniqueidentifier NOT NULL,
        [CourseId] uniqueidentifier NOT NULL,
        [Kind] nvarchar(20) NOT NULL,
        [Title] nvarchar(200) NOT NULL,
        [Instructions] nvarchar(4000) NULL,
        [Weight] float NOT NULL,
        [PassMarkPercent] float NOT NULL,
        [DueAtUtc] datetime2 NULL,
        [LatePolicy] nvarchar(30) NOT NULL,
        [LatePenaltyPercentPerDay] float NOT NULL,
        [LatePenaltyCapPercent] float NOT NULL,
        [QuestionIds] nvarchar(max) NOT NULL,
        [ShuffleQuestions] bit NOT NULL,
        [TimeLimitMinutes] int NULL,
        [MaxAttempts] int NOT NULL,
        [CountedAttempt] nvarchar(20) NOT NULL,
        [Feedback] nvarchar(20) NOT NULL,
        [AcceptsText] bit NOT NULL,
        [AcceptsFile] bit NOT NULL,
        [MaxFileKilobytes] int NOT NULL,
        [AllowedFileExtensions] nvarchar(max) NOT NULL,
        [MaxPoints] float NOT NULL,
        [BlindMarking] bit NOT NULL,
        [CreatedBy] uniqueidentifier NOT NULL,
        [CreatedAtUtc] datetime2 NOT NULL,
        [Rubric] nvarchar(max) NULL,
        CONSTRAINT [PK_Assessments] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [assessment].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124015726_Assessments'
)
BEGIN
    CREATE TABLE [assessment].[Attempts] (
        [Id] uniqueidentifier NOT NULL,
        [AssessmentId] uniqueidentifier NOT NULL,
        [OfferingId] uniqueidentifier NOT NULL,
        [UserId] uniqueidentifier NOT NULL,
        [Number] int NOT NULL,
        [QuestionOrder] nvarchar(max) NOT NULL,
        [StartedAtUtc] datetime2 NOT NULL,
        [DeadlineUtc] datetime2 NULL,
        [Status] nvarchar(20) NOT NULL,
        [SubmittedAtUtc] datetime2 NULL,
        [RawScorePercent] float NULL,
        [PenaltyPercent] float NOT NULL,
        [ScorePercent] float NULL,
        [Answers] nvarchar(max) NULL,
        CONSTRAINT [PK_Attempts] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [assessment].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124015726_Assessments'
)
BEGIN
    CREATE TABLE [assessment].[Extensions] (
        [AssessmentId] uniqueidentifier NOT NULL,
        [UserId] uniqueidentifier NOT NULL,
        [DueAtUtc] datetime2 NOT NULL,
        [GrantedBy] uniqueidentifier NOT NULL,
        [GrantedAtUtc] datetime2 NOT NULL,
        CONSTRAINT [PK_Extensions] PRIMARY KEY ([AssessmentId], [UserId])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [assessment].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124015726_Assessments'
)
BEGIN
    CREATE TABLE [assessment].[GradeAudit] (
        [Id] uniqueidentifier NOT NULL,
        [SubmissionId] uniqueidentifier NOT NULL,
        [ChangedBy] uniqueidentifier NOT NULL,
        [ChangedAtUtc] datetime2 NOT NULL,
        [StateBefore] nvarchar(20) NOT NULL,
        [OldScorePercent] float NULL,
        [NewScorePercent] float NULL,
        [OldFeedback] nvarchar(max) NULL,
        [NewFeedback] nvarchar(max) NULL,
        [Reason] nvarchar(1000) NULL,
        CONSTRAINT [PK_GradeAudit] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [assessment].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124015726_Assessments'
)
BEGIN
    CREATE TABLE [assessment].[Passes] (
        [AssessmentId] uniqueidentifier NOT NULL,
        [UserId] uniqueidentifier NOT NULL,
        [OfferingId] uniqueidentifier NOT NULL,
        [ScorePercent] float NOT NULL,
        [PassedAtUtc] datetime2 NOT NULL,
        CONSTRAINT [PK_Passes] PRIMARY KEY ([AssessmentId], [UserId])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [assessment].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124015726_Assessments'
)
BEGIN
    CREATE TABLE [assessment].[Questions] (
        [Id] uniqueidentifier NOT NULL,
        [CourseId] uniqueidentifier NOT NULL,
        [Type] nvarchar(20) NOT NULL,
        [Prompt] nvarchar(2000) NOT NULL,
        [Points] float NOT NULL,
        [CorrectBoolean] bit NULL,
        [CorrectNumber] float NULL,
        [Tolerance] float NOT NULL,
        [AcceptedAnswers] nvarchar(max) NOT NULL,
        [Explanation] nvarchar(2000) NULL,
        [CreatedBy] uniqueidentifier NOT NULL,
        [CreatedAtUtc] datetime2 NOT NULL,
        [Options] nvarchar(max) NULL,
        CONSTRAINT [PK_Questions] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [assessment].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124015726_Assessments'
)
BEGIN
    CREATE TABLE [assessment].[SubmissionFiles] (
        [Id] uniqueidentifier NOT NULL,
        [AssessmentId] uniqueidentifier NOT NULL,
        [UserId] uniqueidentifier NOT NULL,
        [FileName] nvarchar(200) NOT NULL,
        [Content] varbinary(max) NOT NULL,
        [Sha256] nvarchar(64) NOT NULL,
        [UploadedAtUtc] datetime2 NOT NULL,
        CONSTRAINT [PK_SubmissionFiles] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [assessment].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124015726_Assessments'
)
BEGIN
    CREATE TABLE [assessment].[Submissions] (
        [Id] uniqueidentifier NOT NULL,
        [AssessmentId] uniqueidentifier NOT NULL,
        [OfferingId] uniqueidentifier NOT NULL,
        [UserId] uniqueidentifier NOT NULL,
        [Text] nvarchar(max) NULL,
        [FileId] uniqueidentifier NULL,
        [FileName] nvarchar(200) NULL,
        [FileBytes] bigint NULL,
        [FirstSubmittedAtUtc] datetime2 NOT NULL,
        [SubmittedAtUtc] datetime2 NOT NULL,
        [DaysLate] int NOT NULL,
        [State] nvarchar(20) NOT NULL,
        [Points] float NULL,
        [RawScorePercent] float NULL,
        [PenaltyPercent] float NOT NULL,
        [ScorePercent] float NULL,
        [Feedback] nvarchar(max) NULL,
        [GradedBy] uniqueidentifier NULL,
        [GradedAtUtc] datetime2 NULL,
        [ReleasedAtUtc] datetime2 NULL,
        [Version] int NOT NULL,
        [RubricScores] nvarchar(max) NULL,
        CONSTRAINT [PK_Submissions] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [assessment].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124015726_Assessments'
)
BEGIN
    CREATE INDEX [IX_Assessments_DueAtUtc] ON [assessment].[Assessments] ([DueAtUtc]);
END;

IF NOT EXISTS (
    SELECT * FROM [assessment].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124015726_Assessments'
)
BEGIN
    CREATE INDEX [IX_Assessments_OfferingId] ON [assessment].[Assessments] ([OfferingId]);
END;

IF NOT EXISTS (
    SELECT * FROM [assessment].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124015726_Assessments'
)
BEGIN
    CREATE UNIQUE INDEX [IX_Attempts_AssessmentId_UserId_Number] ON [assessment].[Attempts] ([AssessmentId], [UserId], [Number]);
END;

IF NOT EXISTS (
    SELECT * FROM [assessment].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124015726_Assessments'
)
BEGIN
    CREATE INDEX [IX_Attempts_OfferingId_UserId] ON [assessment].[Attempts] ([OfferingId], [UserId]);
END;

IF NOT EXISTS (
    SELECT * FROM [assessment].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124015726_Assessments'
)
BEGIN
    CREATE INDEX [IX_GradeAudit_SubmissionId] ON [assessment].[GradeAudit] ([SubmissionId]);
END;

IF NOT EXISTS (
    SELECT * FROM [assessment].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124015726_Assessments'
)
BEGIN
    CREATE INDEX [IX_Questions_CourseId] ON [assessment].[Questions] ([CourseId]);
END;

IF NOT EXISTS (
    SELECT * FROM [assessment].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124015726_Assessments'
)
BEGIN
    CREATE UNIQUE INDEX [IX_Submissions_AssessmentId_UserId] ON [assessment].[Submissions] ([AssessmentId], [UserId]);
END;

IF NOT EXISTS (
    SELECT * FROM [assessment].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124015726_Assessments'
)
BEGIN
    CREATE INDEX [IX_Submissions_OfferingId_State_SubmittedAtUtc] ON [assessment].[Submissions] ([OfferingId], [State], [SubmittedAtUtc]);
END;

IF NOT EXISTS (
    SELECT * FROM [assessment].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124015726_Assessments'
)
BEGIN
    INSERT INTO [assessment].[__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261124015726_Assessments', N'10.0.14');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [assessment].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124030323_RequiredForCompletion'
)
BEGIN
    ALTER TABLE [assessment].[Assessments] ADD [RequiredForCompletion] bit NOT NULL DEFAULT CAST(0 AS bit);
END;

IF NOT EXISTS (
    SELECT * FROM [assessment].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124030323_RequiredForCompletion'
)
BEGIN
    INSERT INTO [assessment].[__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261124030323_RequiredForCompletion', N'10.0.14');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [assessment].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201161032_AuditTrail'
)
BEGIN
    CREATE TABLE [assessment].[AuditEntries] (
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
    SELECT * FROM [assessment].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201161032_AuditTrail'
)
BEGIN
    CREATE INDEX [IX_AuditEntries_AtUtc] ON [assessment].[AuditEntries] ([AtUtc]);
END;

IF NOT EXISTS (
    SELECT * FROM [assessment].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201161032_AuditTrail'
)
BEGIN
    CREATE INDEX [IX_AuditEntries_OfferingId_AtUtc] ON [assessment].[AuditEntries] ([OfferingId], [AtUtc]);
END;

IF NOT EXISTS (
    SELECT * FROM [assessment].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201161032_AuditTrail'
)
BEGIN
    CREATE INDEX [IX_AuditEntries_PersonId_AtUtc] ON [assessment].[AuditEntries] ([PersonId], [AtUtc]);
END;

IF NOT EXISTS (
    SELECT * FROM [assessment].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201161032_AuditTrail'
)
BEGIN
    INSERT INTO [assessment].[__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261201161032_AuditTrail', N'10.0.14');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [assessment].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201190548_RandomCandidateNumbers'
)
BEGIN
    ALTER TABLE [assessment].[Submissions] ADD [CandidateNumber] int NOT NULL DEFAULT 0;
END;

IF NOT EXISTS (
    SELECT * FROM [assessment].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201190548_RandomCandidateNumbers'
)
BEGIN
    WITH r AS (SELECT [CandidateNumber], 100000 + ROW_NUMBER() OVER (PARTITION BY [AssessmentId] ORDER BY NEWID()) AS n FROM [assessment].[Submissions])
    UPDATE r SET [CandidateNumber] = n;
END;

IF NOT EXISTS (
    SELECT * FROM [assessment].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201190548_RandomCandidateNumbers'
)
BEGIN
    CREATE UNIQUE INDEX [IX_Submissions_AssessmentId_CandidateNumber] ON [assessment].[Submissions] ([AssessmentId], [CandidateNumber]);
END;

IF NOT EXISTS (
    SELECT * FROM [assessment].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201190548_RandomCandidateNumbers'
)
BEGIN
    INSERT INTO [assessment].[__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261201190548_RandomCandidateNumbers', N'10.0.14');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [assessment].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207231925_ResultsStamp'
)
BEGIN
    ALTER TABLE [assessment].[Assessments] ADD [ResultsStamp] uniqueidentifier NOT NULL DEFAULT '00000000-0000-0000-0000-000000000000';
END;

IF NOT EXISTS (
    SELECT * FROM [assessment].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207231925_ResultsStamp'
)
BEGIN
    INSERT INTO [assessment].[__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261207231925_ResultsStamp', N'10.0.14');
END;

COMMIT;
GO

