-- The application's database account: it reads and writes the tables, but on the logs it may only add and read.
-- Run as the migration account (or root) after every upgrade (new tables need their grant); it prints the GRANT
-- statements to run, e.g.:
--   mariadb -N samenplan < db/app-account-grants.sql | mariadb samenplan
-- The access log's head row (one row, the newest hash) must move on with every entry: UPDATE there, never DELETE.
-- Liquibase's own tables are left to the migration account.
SELECT CONCAT('GRANT ',
              CASE
                  WHEN table_name IN ('access_log_entry', 'audit_entry') THEN 'SELECT, INSERT'
                  WHEN table_name = 'access_log_head' THEN 'SELECT, UPDATE'
                  ELSE 'SELECT, INSERT, UPDATE, DELETE'
              END,
              ' ON `', table_schema, '`.`', table_name, '` TO ''samenplan''@''%'';')
FROM information_schema.tables
WHERE table_schema = DATABASE()
  AND table_type = 'BASE TABLE'
  AND table_name NOT IN ('DATABASECHANGELOG', 'DATABASECHANGELOGLOCK')
ORDER BY table_name;
