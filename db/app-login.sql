-- SQL Server: the host's own login, with the rights it needs and no more. Run as an administrator after init.sql and
-- the scripts in db/migrations, with the password as a sqlcmd variable:
--   sqlcmd -i db/app-login.sql -v AcademyAppPassword="..."
-- The host then runs with Database__ApplyMigrationsAtStartup=false (it cannot change the module schemas); Hangfire
-- creates and upgrades its own tables, so the login may do that in the hangfire schema only.
USE [master];
GO
IF SUSER_ID(N'academy_app') IS NULL
    EXEC(N'CREATE LOGIN [academy_app] WITH PASSWORD = N''$(AcademyAppPassword)'', CHECK_POLICY = ON, DEFAULT_DATABASE = [HealthAiAcademy]');
ELSE
    EXEC(N'ALTER LOGIN [academy_app] WITH PASSWORD = N''$(AcademyAppPassword)''');
GO
USE [HealthAiAcademy];
GO
IF USER_ID(N'academy_app') IS NULL
    CREATE USER [academy_app] FOR LOGIN [academy_app];
ALTER ROLE [db_datareader] ADD MEMBER [academy_app];
ALTER ROLE [db_datawriter] ADD MEMBER [academy_app];
GRANT EXECUTE TO [academy_app];
GRANT CREATE TABLE TO [academy_app];
GRANT ALTER, REFERENCES ON SCHEMA::[hangfire] TO [academy_app];
-- The trails are append-only in the code too; here even a bug or an injected statement cannot delete from them (erasure
-- blanks the free text of entries about the erased person, so UPDATE stays allowed).
DENY DELETE ON OBJECT::[courses].[AuditEntries] TO [academy_app];
DENY DELETE ON OBJECT::[enrollment].[AuditEntries] TO [academy_app];
DENY DELETE ON OBJECT::[assessment].[AuditEntries] TO [academy_app];
DENY DELETE ON OBJECT::[assessment].[GradeAudit] TO [academy_app];
DENY DELETE ON OBJECT::[certification].[AuditEntries] TO [academy_app];
DENY DELETE ON OBJECT::[compliance].[AuditEntries] TO [academy_app];
GO
