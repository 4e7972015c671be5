#pragma once

#include <QList>
#include <QStringList>

namespace reportdesk::CatalogSchema {

// Forward-only migrations. Migration N brings the schema from version N-1 to N; each is applied
// in one transaction with the version bump. Never edit a released migration: append a new one.
struct Migration {
    int version;
    QStringList statements; // with SqlDialect placeholders ({PK}, {BLOB}, {BIGINT})
};

const QList<Migration> &migrations();
int currentVersion();

} // namespace reportdesk::CatalogSchema
