IF OBJECT_ID(N'[compliance].[__EFMigrationsHistory]') IS NULL
BEGIN
    IF SCHEMA_ID(N'compliance') IS NULL EXEC(N'CREATE SCHEMA [compliance];');
    CREATE TABLE [compliance].[__EFMigrationsHistory] (
        [MigrationId] nvarchar(150) NOT NULL,
        [ProductVersion] nvarchar(32) NOT NULL,
        CONSTRAINT [PK___EFMigrationsHistory] PRIMARY KEY ([MigrationId])
    );
END;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [compliance].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202003944_Organisation'
)
BEGIN
    IF SCHEMA_ID(N'compliance') IS NULL EXEC(N'CREATE SCHEMA [compliance];');
END;

IF NOT EXISTS (
    SELECT * FROM [compliance].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202003944_Organisation'
)
BEGIN
    CREATE TABLE [compliance].[AuditEntries] (
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
    SELECT * FROM [compliance].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202003944_Organisation'
)
BEGIN
    CREATE TABLE [compliance].[HrImports] (
        [Id] uniqueidentifier NOT NULL,
        [ImportedBy] uniqueidentifier NOT NULL,
        [ImportedAtUtc] datetime2 NOT NULL,
        [ListsEveryone] bit NOT NULL,
        [Lines] int NOT NULL,
        [Matched] int NOT NULL,
        [Added] int NOT NULL,
        [Changed] int NOT NULL,
        [Ended] int NOT NULL,
        [Unmatched] nvarchar(max) NULL,
        CONSTRAINT [PK_HrImports] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [compliance].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202003944_Organisation'
)
BEGIN
    CREATE TABLE [compliance].[InboxMessages] (
        [MessageId] uniqueidentifier NOT NULL,
        [Handler] nvarchar(300) NOT NULL,
        [HandledAtUtc] datetime2 NOT NULL,
        CONSTRAINT [PK_InboxMessages] PRIMARY KEY ([MessageId], [Handler])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [compliance].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202003944_Organisation'
)
BEGIN
    CREATE TABLE [compliance].[JobFunctions] (
        [Id] uniqueidentifier NOT NULL,
        [Name] nvarchar(100) NOT NULL,
        [NormalizedName] nvarchar(100) NOT NULL,
        [CreatedAtUtc] datetime2 NOT NULL,
        CONSTRAINT [PK_JobFunctions] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [compliance].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202003944_Organisation'
)
BEGIN
    CREATE TABLE [compliance].[OrganisationUnits] (
        [Id] uniqueidentifier NOT NULL,
        [Name] nvarchar(100) NOT NULL,
        [Level] nvarchar(20) NOT NULL,
        [ParentId] uniqueidentifier NULL,
        [Path] nvarchar(320) NOT NULL,
        [NormalizedPath] nvarchar(320) NOT NULL,
        [CreatedAtUtc] datetime2 NOT NULL,
        CONSTRAINT [PK_OrganisationUnits] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [compliance].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202003944_Organisation'
)
BEGIN
    CREATE TABLE [compliance].[OutboxMessages] (
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
    SELECT * FROM [compliance].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202003944_Organisation'
)
BEGIN
    CREATE TABLE [compliance].[StaffMembers] (
        [UserId] uniqueidentifier NOT NULL,
        [StaffNumber] nvarchar(30) NULL,
        CONSTRAINT [PK_StaffMembers] PRIMARY KEY ([UserId])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [compliance].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202003944_Organisation'
)
BEGIN
    CREATE TABLE [compliance].[Memberships] (
        [Id] uniqueidentifier NOT NULL,
        [UserId] uniqueidentifier NOT NULL,
        [UnitId] uniqueidentifier NOT NULL,
        [FunctionId] uniqueidentifier NOT NULL,
        [IsManager] bit NOT NULL,
        [Source] nvarchar(20) NOT NULL,
        [StartedAtUtc] datetime2 NOT NULL,
        [EndedAtUtc] datetime2 NULL,
        CONSTRAINT [PK_Memberships] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_Memberships_JobFunctions_FunctionId] FOREIGN KEY ([FunctionId]) REFERENCES [compliance].[JobFunctions] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_Memberships_OrganisationUnits_UnitId] FOREIGN KEY ([UnitId]) REFERENCES [compliance].[OrganisationUnits] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [compliance].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202003944_Organisation'
)
BEGIN
    CREATE INDEX [IX_AuditEntries_AtUtc] ON [compliance].[AuditEntries] ([AtUtc]);
END;

IF NOT EXISTS (
    SELECT * FROM [compliance].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202003944_Organisation'
)
BEGIN
    CREATE INDEX [IX_AuditEntries_OfferingId_AtUtc] ON [compliance].[AuditEntries] ([OfferingId], [AtUtc]);
END;

IF NOT EXISTS (
    SELECT * FROM [compliance].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202003944_Organisation'
)
BEGIN
    CREATE INDEX [IX_AuditEntries_PersonId_AtUtc] ON [compliance].[AuditEntries] ([PersonId], [AtUtc]);
END;

IF NOT EXISTS (
    SELECT * FROM [compliance].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202003944_Organisation'
)
BEGIN
    CREATE INDEX [IX_HrImports_ImportedAtUtc] ON [compliance].[HrImports] ([ImportedAtUtc]);
END;

IF NOT EXISTS (
    SELECT * FROM [compliance].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202003944_Organisation'
)
BEGIN
    CREATE UNIQUE INDEX [IX_JobFunctions_NormalizedName] ON [compliance].[JobFunctions] ([NormalizedName]);
END;

IF NOT EXISTS (
    SELECT * FROM [compliance].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202003944_Organisation'
)
BEGIN
    CREATE INDEX [IX_Memberships_FunctionId] ON [compliance].[Memberships] ([FunctionId]);
END;

IF NOT EXISTS (
    SELECT * FROM [compliance].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202003944_Organisation'
)
BEGIN
    CREATE INDEX [IX_Memberships_UnitId_EndedAtUtc] ON [compliance].[Memberships] ([UnitId], [EndedAtUtc]);
END;

IF NOT EXISTS (
    SELECT * FROM [compliance].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202003944_Organisation'
)
BEGIN
    EXEC(N'CREATE UNIQUE INDEX [IX_Memberships_UserId_UnitId] ON [compliance].[Memberships] ([UserId], [UnitId]) WHERE "EndedAtUtc" IS NULL');
END;

IF NOT EXISTS (
    SELECT * FROM [compliance].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202003944_Organisation'
)
BEGIN
    CREATE UNIQUE INDEX [IX_OrganisationUnits_NormalizedPath] ON [compliance].[OrganisationUnits] ([NormalizedPath]);
END;

IF NOT EXISTS (
    SELECT * FROM [compliance].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202003944_Organisation'
)
BEGIN
    CREATE INDEX [IX_OrganisationUnits_ParentId] ON [compliance].[OrganisationUnits] ([ParentId]);
END;

IF NOT EXISTS (
    SELECT * FROM [compliance].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202003944_Organisation'
)
BEGIN
    CREATE INDEX [IX_OutboxMessages_ProcessedAtUtc_OccurredAtUtc] ON [compliance].[OutboxMessages] ([ProcessedAtUtc], [OccurredAtUtc]);
END;

IF NOT EXISTS (
    SELECT * FROM [compliance].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202003944_Organisation'
)
BEGIN
    EXEC(N'CREATE UNIQUE INDEX [IX_StaffMembers_StaffNumber] ON [compliance].[StaffMembers] ([StaffNumber]) WHERE [StaffNumber] IS NOT NULL');
END;

IF NOT EXISTS (
    SELECT * FROM [compliance].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202003944_Organisation'
)
BEGIN
    INSERT INTO [compliance].[__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261202003944_Organisation', N'10.0.14');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [compliance].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202010918_AiSystemsAndRequirements'
)
BEGIN
    CREATE TABLE [compliance].[AiSystems] (
        [Id] uniqueidentifier NOT NULL,
        [Name] nvarchar(200) NOT NULL,
        [Vendor] nvarchar(200) NOT NULL,
        [Version] nvarchar(60) NULL,
        [IntendedPurpose] nvarchar(2000) NOT NULL,
        [RiskClass] nvarchar(20) NOT NULL,
        [DeviceClass] nvarchar(20) NOT NULL,
        [OwnerId] uniqueidentifier NOT NULL,
        [GoLiveOn] date NULL,
        [RetiredOn] date NULL,
        [Status] nvarchar(20) NOT NULL,
        [UnitIds] nvarchar(max) NOT NULL,
        [OverseerIds] nvarchar(max) NOT NULL,
        [CreatedAtUtc] datetime2 NOT NULL,
        [UpdatedAtUtc] datetime2 NOT NULL,
        CONSTRAINT [PK_AiSystems] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [compliance].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202010918_AiSystemsAndRequirements'
)
BEGIN
    CREATE TABLE [compliance].[TrainingRecords] (
        [CertificateId] uniqueidentifier NOT NULL,
        [UserId] uniqueidentifier NOT NULL,
        [CourseId] uniqueidentifier NOT NULL,
        [CourseCode] nvarchar(30) NOT NULL,
        [Title] nvarchar(200) NOT NULL,
        [CompletedOn] date NOT NULL,
        [ExpiresOn] date NULL,
        [LearningOutcomes] nvarchar(max) NOT NULL,
        [RecordedAtUtc] datetime2 NOT NULL,
        [WithdrawnAtUtc] datetime2 NULL,
        CONSTRAINT [PK_TrainingRecords] PRIMARY KEY ([CertificateId])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [compliance].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202010918_AiSystemsAndRequirements'
)
BEGIN
    CREATE TABLE [compliance].[Requirements] (
        [Id] uniqueidentifier NOT NULL,
        [Title] nvarchar(200) NOT NULL,
        [Kind] nvarchar(20) NOT NULL,
        [SystemId] uniqueidentifier NULL,
        [FunctionIds] nvarchar(max) NOT NULL,
        [UnitIds] nvarchar(max) NOT NULL,
        [CourseIds] nvarchar(max) NOT NULL,
        [ValidForMonths] int NULL,
        [CreatedAtUtc] datetime2 NOT NULL,
        CONSTRAINT [PK_Requirements] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_Requirements_AiSystems_SystemId] FOREIGN KEY ([SystemId]) REFERENCES [compliance].[AiSystems] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [compliance].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202010918_AiSystemsAndRequirements'
)
BEGIN
    CREATE UNIQUE INDEX [IX_AiSystems_Name] ON [compliance].[AiSystems] ([Name]);
END;

IF NOT EXISTS (
    SELECT * FROM [compliance].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202010918_AiSystemsAndRequirements'
)
BEGIN
    CREATE INDEX [IX_Requirements_SystemId] ON [compliance].[Requirements] ([SystemId]);
END;

IF NOT EXISTS (
    SELECT * FROM [compliance].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202010918_AiSystemsAndRequirements'
)
BEGIN
    CREATE INDEX [IX_TrainingRecords_CourseId] ON [compliance].[TrainingRecords] ([CourseId]);
END;

IF NOT EXISTS (
    SELECT * FROM [compliance].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202010918_AiSystemsAndRequirements'
)
BEGIN
    CREATE INDEX [IX_TrainingRecords_UserId_CourseId] ON [compliance].[TrainingRecords] ([UserId], [CourseId]);
END;

IF NOT EXISTS (
    SELECT * FROM [compliance].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202010918_AiSystemsAndRequirements'
)
BEGIN
    INSERT INTO [compliance].[__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261202010918_AiSystemsAndRequirements', N'10.0.14');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [compliance].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202013340_StatusApiAndWebhooks'
)
BEGIN
    CREATE TABLE [compliance].[ApiClients] (
        [Id] uniqueidentifier NOT NULL,
        [Name] nvarchar(100) NOT NULL,
        [KeyPrefix] nvarchar(10) NOT NULL,
        [KeyHash] nvarchar(64) NOT NULL,
        [WebhookUrl] nvarchar(500) NULL,
        [ProtectedWebhookSecret] nvarchar(1000) NULL,
        [IssuedBy] uniqueidentifier NOT NULL,
        [IssuedAtUtc] datetime2 NOT NULL,
        [RevokedAtUtc] datetime2 NULL,
        CONSTRAINT [PK_ApiClients] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [compliance].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202013340_StatusApiAndWebhooks'
)
BEGIN
    CREATE TABLE [compliance].[OperatorStandings] (
        [SystemId] uniqueidentifier NOT NULL,
        [UserId] uniqueidentifier NOT NULL,
        [MayOperate] bit NOT NULL,
        [OperateUntil] date NULL,
        [MayOversee] bit NOT NULL,
        [OverseeUntil] date NULL,
        [ChangedAtUtc] datetime2 NOT NULL,
        CONSTRAINT [PK_OperatorStandings] PRIMARY KEY ([SystemId], [UserId])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [compliance].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202013340_StatusApiAndWebhooks'
)
BEGIN
    CREATE TABLE [compliance].[StatusApiCalls] (
        [Id] uniqueidentifier NOT NULL,
        [ClientId] uniqueidentifier NOT NULL,
        [SystemId] uniqueidentifier NOT NULL,
        [UserId] uniqueidentifier NULL,
        [MayOperate] bit NOT NULL,
        [MayOversee] bit NOT NULL,
        [AskedAtUtc] datetime2 NOT NULL,
        CONSTRAINT [PK_StatusApiCalls] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [compliance].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202013340_StatusApiAndWebhooks'
)
BEGIN
    CREATE UNIQUE INDEX [IX_ApiClients_KeyPrefix] ON [compliance].[ApiClients] ([KeyPrefix]);
END;

IF NOT EXISTS (
    SELECT * FROM [compliance].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202013340_StatusApiAndWebhooks'
)
BEGIN
    CREATE INDEX [IX_StatusApiCalls_ClientId_AskedAtUtc] ON [compliance].[StatusApiCalls] ([ClientId], [AskedAtUtc]);
END;

IF NOT EXISTS (
    SELECT * FROM [compliance].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202013340_StatusApiAndWebhooks'
)
BEGIN
    CREATE INDEX [IX_StatusApiCalls_UserId] ON [compliance].[StatusApiCalls] ([UserId]);
END;

IF NOT EXISTS (
    SELECT * FROM [compliance].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202013340_StatusApiAndWebhooks'
)
BEGIN
    INSERT INTO [compliance].[__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261202013340_StatusApiAndWebhooks', N'10.0.14');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [compliance].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202021335_Nudges'
)
BEGIN
    CREATE TABLE [compliance].[ManagerSummaries] (
        [UnitId] uniqueidentifier NOT NULL,
        [ManagerId] uniqueidentifier NOT NULL,
        [Month] nvarchar(7) NOT NULL,
        [ClaimedAtUtc] datetime2 NOT NULL,
        [SentAtUtc] datetime2 NULL,
        CONSTRAINT [PK_ManagerSummaries] PRIMARY KEY ([UnitId], [ManagerId], [Month])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [compliance].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202021335_Nudges'
)
BEGIN
    CREATE TABLE [compliance].[ObligationNudges] (
        [UserId] uniqueidentifier NOT NULL,
        [RequirementId] uniqueidentifier NOT NULL,
        [Stage] nvarchar(20) NOT NULL,
        [Episode] date NOT NULL,
        [ClaimedAtUtc] datetime2 NOT NULL,
        [SentAtUtc] datetime2 NULL,
        CONSTRAINT [PK_ObligationNudges] PRIMARY KEY ([UserId], [RequirementId], [Stage], [Episode])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [compliance].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202021335_Nudges'
)
BEGIN
    INSERT INTO [compliance].[__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261202021335_Nudges', N'10.0.14');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [compliance].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207174830_EquivalentsAndEvidenceReports'
)
BEGIN
    CREATE TABLE [compliance].[EvidenceReports] (
        [Id] uniqueidentifier NOT NULL,
        [UnitId] uniqueidentifier NULL,
        [Scope] nvarchar(320) NOT NULL,
        [AsOf] date NOT NULL,
        [Language] nvarchar(5) NOT NULL,
        [ContentSha256] nvarchar(64) NOT NULL,
        [PdfSha256] nvarchar(64) NOT NULL,
        [IssuedBy] uniqueidentifier NOT NULL,
        [IssuedAtUtc] datetime2 NOT NULL,
        CONSTRAINT [PK_EvidenceReports] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [compliance].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207174830_EquivalentsAndEvidenceReports'
)
BEGIN
    CREATE TABLE [compliance].[RecordedEquivalents] (
        [Id] uniqueidentifier NOT NULL,
        [UserId] uniqueidentifier NOT NULL,
        [RequirementId] uniqueidentifier NOT NULL,
        [Title] nvarchar(200) NOT NULL,
        [Provider] nvarchar(200) NOT NULL,
        [CompletedOn] date NOT NULL,
        [ExpiresOn] date NULL,
        [EvidenceFileName] nvarchar(200) NOT NULL,
        [EvidenceContentType] nvarchar(60) NOT NULL,
        [Status] nvarchar(20) NOT NULL,
        [SubmittedAtUtc] datetime2 NOT NULL,
        [ApprovedAtUtc] datetime2 NULL,
        [DecidedAtUtc] datetime2 NULL,
        [DecidedBy] uniqueidentifier NULL,
        [DecisionNote] nvarchar(1000) NULL,
        CONSTRAINT [PK_RecordedEquivalents] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_RecordedEquivalents_Requirements_RequirementId] FOREIGN KEY ([RequirementId]) REFERENCES [compliance].[Requirements] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [compliance].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207174830_EquivalentsAndEvidenceReports'
)
BEGIN
    CREATE TABLE [compliance].[EvidenceReportFiles] (
        [ReportId] uniqueidentifier NOT NULL,
        [Pdf] varbinary(max) NOT NULL,
        [Csv] varbinary(max) NOT NULL,
        CONSTRAINT [PK_EvidenceReportFiles] PRIMARY KEY ([ReportId]),
        CONSTRAINT [FK_EvidenceReportFiles_EvidenceReports_ReportId] FOREIGN KEY ([ReportId]) REFERENCES [compliance].[EvidenceReports] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [compliance].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207174830_EquivalentsAndEvidenceReports'
)
BEGIN
    CREATE TABLE [compliance].[EquivalentEvidence] (
        [EquivalentId] uniqueidentifier NOT NULL,
        [Content] varbinary(max) NOT NULL,
        CONSTRAINT [PK_EquivalentEvidence] PRIMARY KEY ([EquivalentId]),
        CONSTRAINT [FK_EquivalentEvidence_RecordedEquivalents_EquivalentId] FOREIGN KEY ([EquivalentId]) REFERENCES [compliance].[RecordedEquivalents] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [compliance].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207174830_EquivalentsAndEvidenceReports'
)
BEGIN
    CREATE INDEX [IX_EvidenceReports_ContentSha256] ON [compliance].[EvidenceReports] ([ContentSha256]);
END;

IF NOT EXISTS (
    SELECT * FROM [compliance].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207174830_EquivalentsAndEvidenceReports'
)
BEGIN
    CREATE INDEX [IX_EvidenceReports_IssuedAtUtc] ON [compliance].[EvidenceReports] ([IssuedAtUtc]);
END;

IF NOT EXISTS (
    SELECT * FROM [compliance].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207174830_EquivalentsAndEvidenceReports'
)
BEGIN
    CREATE INDEX [IX_EvidenceReports_PdfSha256] ON [compliance].[EvidenceReports] ([PdfSha256]);
END;

IF NOT EXISTS (
    SELECT * FROM [compliance].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207174830_EquivalentsAndEvidenceReports'
)
BEGIN
    CREATE INDEX [IX_RecordedEquivalents_RequirementId] ON [compliance].[RecordedEquivalents] ([RequirementId]);
END;

IF NOT EXISTS (
    SELECT * FROM [compliance].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207174830_EquivalentsAndEvidenceReports'
)
BEGIN
    CREATE INDEX [IX_RecordedEquivalents_Status_SubmittedAtUtc] ON [compliance].[RecordedEquivalents] ([Status], [SubmittedAtUtc]);
END;

IF NOT EXISTS (
    SELECT * FROM [compliance].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207174830_EquivalentsAndEvidenceReports'
)
BEGIN
    CREATE INDEX [IX_RecordedEquivalents_UserId_RequirementId] ON [compliance].[RecordedEquivalents] ([UserId], [RequirementId]);
END;

IF NOT EXISTS (
    SELECT * FROM [compliance].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207174830_EquivalentsAndEvidenceReports'
)
BEGIN
    INSERT INTO [compliance].[__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261207174830_EquivalentsAndEvidenceReports', N'10.0.14');
END;

COMMIT;
GO

