#include "CatalogSchema.h"

namespace reportdesk::CatalogSchema {

const QList<Migration> &migrations()
{
    static const QList<Migration> list{
        {1,
         {
             QStringLiteral("CREATE TABLE schema_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)"),
             QStringLiteral("CREATE TABLE folders ("
                            " id {PK},"
                            " parent_id {BIGINT} REFERENCES folders(id) ON DELETE CASCADE,"
                            " name TEXT NOT NULL,"
                            " position INTEGER NOT NULL DEFAULT 0)"),
             // Sibling names are unique; top-level folders have a NULL parent.
             QStringLiteral("CREATE UNIQUE INDEX folders_sibling_name"
                            " ON folders (COALESCE(parent_id, 0), name)"),
             QStringLiteral("CREATE TABLE branding_profiles ("
                            " id {PK},"
                            " name TEXT NOT NULL UNIQUE,"
                            " logo {BLOB},"
                            " logo_file_name TEXT NOT NULL DEFAULT '',"
                            " accent_color TEXT NOT NULL,"
                            " header_text TEXT NOT NULL DEFAULT '',"
                            " footer_text TEXT NOT NULL DEFAULT '',"
                            " footer_link TEXT NOT NULL DEFAULT '',"
                            " watermark_text TEXT NOT NULL DEFAULT '',"
                            " font_family TEXT NOT NULL DEFAULT '',"
                            " page_number_format TEXT NOT NULL DEFAULT '',"
                            " is_default INTEGER NOT NULL DEFAULT 0)"),
             QStringLiteral("CREATE TABLE data_sources ("
                            " id {PK},"
                            " name TEXT NOT NULL UNIQUE,"
                            " driver TEXT NOT NULL,"
                            " database_name TEXT NOT NULL DEFAULT '',"
                            " host TEXT NOT NULL DEFAULT '',"
                            " port INTEGER NOT NULL DEFAULT 0,"
                            " user_name TEXT NOT NULL DEFAULT '',"
                            " options TEXT NOT NULL DEFAULT '')"),
             QStringLiteral(
                 "CREATE TABLE reports ("
                 " id TEXT PRIMARY KEY,"
                 " folder_id {BIGINT} NOT NULL REFERENCES folders(id),"
                 " name TEXT NOT NULL,"
                 " title TEXT NOT NULL DEFAULT '',"
                 " description TEXT NOT NULL DEFAULT '',"
                 " message TEXT NOT NULL DEFAULT '',"
                 " owner TEXT NOT NULL DEFAULT '',"
                 " enabled INTEGER NOT NULL DEFAULT 1,"
                 " created TEXT NOT NULL,"
                 " updated TEXT NOT NULL,"
                 " tags TEXT NOT NULL DEFAULT '[]',"
                 " page_size TEXT NOT NULL DEFAULT 'A4',"
                 " orientation TEXT NOT NULL DEFAULT 'portrait',"
                 " layout TEXT NOT NULL DEFAULT 'simple',"
                 " margin_left REAL NOT NULL DEFAULT 15,"
                 " margin_top REAL NOT NULL DEFAULT 15,"
                 " margin_right REAL NOT NULL DEFAULT 15,"
                 " margin_bottom REAL NOT NULL DEFAULT 15,"
                 " formats TEXT NOT NULL DEFAULT 'pdf',"
                 " branding_id {BIGINT} REFERENCES branding_profiles(id) ON DELETE SET NULL,"
                 " time_from TEXT NOT NULL DEFAULT 'now-7d',"
                 " time_to TEXT NOT NULL DEFAULT 'now',"
                 " time_zone TEXT NOT NULL DEFAULT 'UTC',"
                 " variables TEXT NOT NULL DEFAULT '[]',"
                 " schedule TEXT NOT NULL DEFAULT '{}',"
                 " delivery TEXT NOT NULL DEFAULT '{}',"
                 " server_id {BIGINT},"
                 " remote_id TEXT NOT NULL DEFAULT '',"
                 " UNIQUE (folder_id, name))"),
             QStringLiteral("CREATE TABLE report_sections ("
                            " report_id TEXT NOT NULL REFERENCES reports(id) ON DELETE CASCADE,"
                            " position INTEGER NOT NULL,"
                            " kind TEXT NOT NULL,"
                            " title TEXT NOT NULL DEFAULT '',"
                            " body TEXT NOT NULL DEFAULT '',"
                            " data_source TEXT NOT NULL DEFAULT '',"
                            " query TEXT NOT NULL DEFAULT '',"
                            " options TEXT NOT NULL DEFAULT '{}',"
                            " image {BLOB},"
                            " PRIMARY KEY (report_id, position))"),
         }},
        // Run history. No foreign key to reports: the history of a deleted report stays (its
        // files are still in the archive), and undoing the delete reconnects it by id.
        {2,
         {
             QStringLiteral("CREATE TABLE runs ("
                            " id {PK},"
                            " report_id TEXT NOT NULL,"
                            " report_name TEXT NOT NULL,"
                            " scheduled_for TEXT NOT NULL,"
                            " trigger_kind TEXT NOT NULL,"
                            " state TEXT NOT NULL,"
                            " attempt INTEGER NOT NULL DEFAULT 1,"
                            " claimed_by TEXT NOT NULL DEFAULT '',"
                            " queued_at TEXT NOT NULL,"
                            " started_at TEXT,"
                            " finished_at TEXT,"
                            " error TEXT NOT NULL DEFAULT '',"
                            " UNIQUE (report_id, scheduled_for))"),
             QStringLiteral("CREATE INDEX runs_state ON runs (state)"),
             QStringLiteral("CREATE INDEX runs_scheduled ON runs (scheduled_for)"),
             QStringLiteral("CREATE TABLE run_artifacts ("
                            " run_id {BIGINT} NOT NULL REFERENCES runs(id) ON DELETE CASCADE,"
                            " position INTEGER NOT NULL,"
                            " path TEXT NOT NULL,"
                            " format TEXT NOT NULL,"
                            " size {BIGINT} NOT NULL,"
                            " sha256 TEXT NOT NULL,"
                            " PRIMARY KEY (run_id, position))"),
         }},
        // Remote server profiles. Never a secret column: passwords, tokens and client secrets
        // live in the keychain under SecretStore::serverKey(id). Names are unique regardless of
        // case (the CLI finds a server by name); the catalog also checks beyond ASCII.
        {3,
         {
             QStringLiteral("CREATE TABLE remote_servers ("
                            " id TEXT PRIMARY KEY,"
                            " name TEXT NOT NULL,"
                            " kind TEXT NOT NULL,"
                            " base_url TEXT NOT NULL DEFAULT '',"
                            " organisation TEXT NOT NULL DEFAULT '',"
                            " auth TEXT NOT NULL,"
                            " user_name TEXT NOT NULL DEFAULT '',"
                            " ca_file TEXT NOT NULL DEFAULT '',"
                            " timeout_seconds INTEGER NOT NULL DEFAULT 30,"
                            " region TEXT NOT NULL DEFAULT '',"
                            " extra TEXT NOT NULL DEFAULT '{}',"
                            " created TEXT NOT NULL,"
                            " updated TEXT NOT NULL)"),
             QStringLiteral(
                 "CREATE UNIQUE INDEX remote_servers_name ON remote_servers (lower(name))"),
         }},
    };
    return list;
}

int currentVersion()
{
    return migrations().last().version;
}

} // namespace reportdesk::CatalogSchema
