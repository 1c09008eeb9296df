IF OBJECT_ID(N'[certification].[__EFMigrationsHistory]') IS NULL
BEGIN
    IF SCHEMA_ID(N'certification') IS NULL EXEC(N'CREATE SCHEMA [certification];');
    CREATE TABLE [certification].[__EFMigrationsHistory] (
        [MigrationId] nvarchar(150) NOT NULL,
        [ProductVersion] nvarchar(32) NOT NULL,
        CONSTRAINT [PK___EFMigrationsHistory] PRIMARY KEY ([MigrationId])
    );
END;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [certification].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123232725_Initial'
)
BEGIN
    IF SCHEMA_ID(N'certification') IS NULL EXEC(N'CREATE SCHEMA [certification];');
END;

IF NOT EXISTS (
    SELECT * FROM [certification].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123232725_Initial'
)
BEGIN
    CREATE TABLE [certification].[InboxMessages] (
        [MessageId] uniqueidentifier NOT NULL,
        [Handler] nvarchar(300) NOT NULL,
        [HandledAtUtc] datetime2 NOT NULL,
        CONSTRAINT [PK_InboxMessages] PRIMARY KEY ([MessageId], [Handler])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [certification].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123232725_Initial'
)
BEGIN
    CREATE TABLE [certification].[OutboxMessages] (
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
    SELECT * FROM [certification].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123232725_Initial'
)
BEGIN
    CREATE INDEX [IX_OutboxMessages_ProcessedAtUtc_OccurredAtUtc] ON [certification].[OutboxMessages] ([ProcessedAtUtc], [OccurredAtUtc]);
END;

IF NOT EXISTS (
    SELECT * FROM [certification].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123232725_Initial'
)
BEGIN
    INSERT INTO [certification].[__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261123232725_Initial', N'10.0.14');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [certification].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124022608_Certificates'
)
BEGIN
    CREATE TABLE [certification].[BulkIssueRuns] (
        [Id] uniqueidentifier NOT NULL,
        [OfferingId] uniqueidentifier NOT NULL,
        [Regenerate] bit NOT NULL,
        [RequestedBy] uniqueidentifier NOT NULL,
        [RequestedAtUtc] datetime2 NOT NULL,
        [State] nvarchar(20) NOT NULL,
        [Total] int NOT NULL,
        [Done] int NOT NULL,
        [Issued] int NOT NULL,
        [FinishedAtUtc] datetime2 NULL,
        [Error] nvarchar(2000) NULL,
        CONSTRAINT [PK_BulkIssueRuns] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [certification].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124022608_Certificates'
)
BEGIN
    CREATE TABLE [certification].[CertificateDocuments] (
        [CertificateId] uniqueidentifier NOT NULL,
        [Content] varbinary(max) NOT NULL,
        CONSTRAINT [PK_CertificateDocuments] PRIMARY KEY ([CertificateId])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [certification].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124022608_Certificates'
)
BEGIN
    CREATE TABLE [certification].[Certificates] (
        [Id] uniqueidentifier NOT NULL,
        [Number] nvarchar(30) NOT NULL,
        [VerificationCode] nvarchar(40) NOT NULL,
        [EnrollmentId] uniqueidentifier NOT NULL,
        [Generation] int NOT NULL,
        [OfferingId] uniqueidentifier NOT NULL,
        [CourseId] uniqueidentifier NOT NULL,
        [UserId] uniqueidentifier NOT NULL,
        [Template] nvarchar(20) NOT NULL,
        [HolderName] nvarchar(200) NOT NULL,
        [RegistrationNumber] nvarchar(40) NULL,
        [OfferingTitle] nvarchar(200) NOT NULL,
        [CourseCode] nvarchar(30) NOT NULL,
        [OfferingKind] nvarchar(30) NOT NULL,
        [Delivery] nvarchar(20) NOT NULL,
        [Location] nvarchar(200) NULL,
        [StartDate] date NOT NULL,
        [EndDate] date NOT NULL,
        [CompletedOn] date NOT NULL,
        [StudyLoadHours] int NOT NULL,
        [Ects] float NULL,
        [AttendancePercent] int NOT NULL,
        [LearningOutcomes] nvarchar(max) NOT NULL,
        [FinalScorePercent] float NULL,
        [Institution] nvarchar(200) NOT NULL,
        [Signatory] nvarchar(200) NOT NULL,
        [SignatoryTitle] nvarchar(200) NOT NULL,
        [IssuedAtUtc] datetime2 NOT NULL,
        [ExpiresOn] date NULL,
        [Status] nvarchar(20) NOT NULL,
        [RevokedAtUtc] datetime2 NULL,
        [RevocationReason] nvarchar(1000) NULL,
        [SupersededById] uniqueidentifier NULL,
        [SupersededAtUtc] datetime2 NULL,
        [PdfSha256] nvarchar(64) NOT NULL,
        [PdfBytes] int NOT NULL,
        [Points] nvarchar(max) NULL,
        [Transcript] nvarchar(max) NULL,
        CONSTRAINT [PK_Certificates] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [certification].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124022608_Certificates'
)
BEGIN
    CREATE TABLE [certification].[ExpiryReminders] (
        [CertificateId] uniqueidentifier NOT NULL,
        [DaysBefore] int NOT NULL,
        [ClaimedAtUtc] datetime2 NOT NULL,
        [SentAtUtc] datetime2 NULL,
        CONSTRAINT [PK_ExpiryReminders] PRIMARY KEY ([CertificateId], [DaysBefore])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [certification].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124022608_Certificates'
)
BEGIN
    CREATE UNIQUE INDEX [IX_Certificates_EnrollmentId_Generation] ON [certification].[Certificates] ([EnrollmentId], [Generation]);
END;

IF NOT EXISTS (
    SELECT * FROM [certification].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124022608_Certificates'
)
BEGIN
    CREATE UNIQUE INDEX [IX_Certificates_Number] ON [certification].[Certificates] ([Number]);
END;

IF NOT EXISTS (
    SELECT * FROM [certification].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124022608_Certificates'
)
BEGIN
    CREATE INDEX [IX_Certificates_OfferingId_Status] ON [certification].[Certificates] ([OfferingId], [Status]);
END;

IF NOT EXISTS (
    SELECT * FROM [certification].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124022608_Certificates'
)
BEGIN
    CREATE INDEX [IX_Certificates_Status_ExpiresOn] ON [certification].[Certificates] ([Status], [ExpiresOn]);
END;

IF NOT EXISTS (
    SELECT * FROM [certification].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124022608_Certificates'
)
BEGIN
    CREATE INDEX [IX_Certificates_UserId_Status] ON [certification].[Certificates] ([UserId], [Status]);
END;

IF NOT EXISTS (
    SELECT * FROM [certification].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124022608_Certificates'
)
BEGIN
    CREATE UNIQUE INDEX [IX_Certificates_VerificationCode] ON [certification].[Certificates] ([VerificationCode]);
END;

IF NOT EXISTS (
    SELECT * FROM [certification].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124022608_Certificates'
)
BEGIN
    INSERT INTO [certification].[__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261124022608_Certificates', N'10.0.14');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [certification].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201121559_CertificateLanguage'
)
BEGIN
    ALTER TABLE [certification].[Certificates] ADD [Language] nvarchar(8) NOT NULL DEFAULT N'en';
END;

IF NOT EXISTS (
    SELECT * FROM [certification].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201121559_CertificateLanguage'
)
BEGIN
    INSERT INTO [certification].[__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261201121559_CertificateLanguage', N'10.0.14');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [certification].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201123001_BulkRunHeartbeat'
)
BEGIN
    ALTER TABLE [certification].[BulkIssueRuns] ADD [HeartbeatAtUtc] datetime2 NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [certification].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201123001_BulkRunHeartbeat'
)
BEGIN
    ALTER TABLE [certification].[BulkIssueRuns] ADD [Resumes] int NOT NULL DEFAULT 0;
END;

IF NOT EXISTS (
    SELECT * FROM [certification].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201123001_BulkRunHeartbeat'
)
BEGIN
    INSERT INTO [certification].[__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261201123001_BulkRunHeartbeat', N'10.0.14');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [certification].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201151848_CertificateStatusGuardsChanges'
)
BEGIN
    INSERT INTO [certification].[__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261201151848_CertificateStatusGuardsChanges', N'10.0.14');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [certification].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201161040_AuditTrail'
)
BEGIN
    CREATE TABLE [certification].[AuditEntries] (
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
    SELECT * FROM [certification].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201161040_AuditTrail'
)
BEGIN
    CREATE INDEX [IX_AuditEntries_AtUtc] ON [certification].[AuditEntries] ([AtUtc]);
END;

IF NOT EXISTS (
    SELECT * FROM [certification].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201161040_AuditTrail'
)
BEGIN
    CREATE INDEX [IX_AuditEntries_OfferingId_AtUtc] ON [certification].[AuditEntries] ([OfferingId], [AtUtc]);
END;

IF NOT EXISTS (
    SELECT * FROM [certification].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201161040_AuditTrail'
)
BEGIN
    CREATE INDEX [IX_AuditEntries_PersonId_AtUtc] ON [certification].[AuditEntries] ([PersonId], [AtUtc]);
END;

IF NOT EXISTS (
    SELECT * FROM [certification].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201161040_AuditTrail'
)
BEGIN
    INSERT INTO [certification].[__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261201161040_AuditTrail', N'10.0.14');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [certification].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201164149_HolderErasure'
)
BEGIN
    ALTER TABLE [certification].[Certificates] ADD [AnonymisedAtUtc] datetime2 NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [certification].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201164149_HolderErasure'
)
BEGIN
    ALTER TABLE [certification].[Certificates] ADD [HolderErasedAtUtc] datetime2 NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [certification].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201164149_HolderErasure'
)
BEGIN
    INSERT INTO [certification].[__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261201164149_HolderErasure', N'10.0.14');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [certification].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201204937_CertificatePointsForTheHoldersProfession'
)
BEGIN
    ALTER TABLE [certification].[Certificates] ADD [AccreditedFor] nvarchar(max) NOT NULL DEFAULT N'[]';
END;

IF NOT EXISTS (
    SELECT * FROM [certification].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201204937_CertificatePointsForTheHoldersProfession'
)
BEGIN
    ALTER TABLE [certification].[Certificates] ADD [HolderProfession] nvarchar(100) NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [certification].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201204937_CertificatePointsForTheHoldersProfession'
)
BEGIN
    INSERT INTO [certification].[__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261201204937_CertificatePointsForTheHoldersProfession', N'10.0.14');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [certification].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201220248_RegistryExports'
)
BEGIN
    CREATE TABLE [certification].[RegistryExports] (
        [Id] uniqueidentifier NOT NULL,
        [OfferingId] uniqueidentifier NOT NULL,
        [Registry] nvarchar(60) NOT NULL,
        [OnlyNew] bit NOT NULL,
        [ExportedBy] uniqueidentifier NOT NULL,
        [ExportedAtUtc] datetime2 NOT NULL,
        [Layout] nvarchar(max) NOT NULL,
        [Lines] nvarchar(max) NULL,
        CONSTRAINT [PK_RegistryExports] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [certification].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201220248_RegistryExports'
)
BEGIN
    CREATE INDEX [IX_RegistryExports_OfferingId_ExportedAtUtc] ON [certification].[RegistryExports] ([OfferingId], [ExportedAtUtc]);
END;

IF NOT EXISTS (
    SELECT * FROM [certification].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201220248_RegistryExports'
)
BEGIN
    INSERT INTO [certification].[__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261201220248_RegistryExports', N'10.0.14');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [certification].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201225511_CpdDossier'
)
BEGIN
    CREATE TABLE [certification].[CpdActivities] (
        [Id] uniqueidentifier NOT NULL,
        [UserId] uniqueidentifier NOT NULL,
        [Title] nvarchar(200) NOT NULL,
        [Provider] nvarchar(200) NOT NULL,
        [CompletedOn] date NOT NULL,
        [Points] float NOT NULL,
        [Registry] nvarchar(60) NOT NULL,
        [AddedAtUtc] datetime2 NOT NULL,
        [EvidenceFileName] nvarchar(200) NULL,
        [EvidenceContentType] nvarchar(100) NULL,
        CONSTRAINT [PK_CpdActivities] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [certification].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201225511_CpdDossier'
)
BEGIN
    CREATE TABLE [certification].[CpdCycleStarts] (
        [UserId] uniqueidentifier NOT NULL,
        [StartsOn] date NOT NULL,
        CONSTRAINT [PK_CpdCycleStarts] PRIMARY KEY ([UserId])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [certification].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201225511_CpdDossier'
)
BEGIN
    CREATE TABLE [certification].[CpdEvidence] (
        [ActivityId] uniqueidentifier NOT NULL,
        [Content] varbinary(max) NOT NULL,
        CONSTRAINT [PK_CpdEvidence] PRIMARY KEY ([ActivityId]),
        CONSTRAINT [FK_CpdEvidence_CpdActivities_ActivityId] FOREIGN KEY ([ActivityId]) REFERENCES [certification].[CpdActivities] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [certification].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201225511_CpdDossier'
)
BEGIN
    CREATE INDEX [IX_CpdActivities_UserId] ON [certification].[CpdActivities] ([UserId]);
END;

IF NOT EXISTS (
    SELECT * FROM [certification].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201225511_CpdDossier'
)
BEGIN
    INSERT INTO [certification].[__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261201225511_CpdDossier', N'10.0.14');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [certification].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202005835_CertificateExpiryAnnounced'
)
BEGIN
    ALTER TABLE [certification].[Certificates] ADD [ExpiryAnnouncedAtUtc] datetime2 NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [certification].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202005835_CertificateExpiryAnnounced'
)
BEGIN
    INSERT INTO [certification].[__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261202005835_CertificateExpiryAnnounced', N'10.0.14');
END;

COMMIT;
GO

