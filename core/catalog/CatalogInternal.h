#pragma once

// Shared by the Catalog's source files only; nothing outside core/catalog includes this.
#include "catalog/Catalog.h"

#include <QDateTime>
#include <QSqlDatabase>
#include <QString>

namespace reportdesk {

// Rolls back unless committed; nests nothing (one transaction per public mutation).
class Catalog::Transaction {
public:
    explicit Transaction(QSqlDatabase db)
        : m_db(std::move(db))
        , m_open(m_db.transaction())
    {}
    ~Transaction()
    {
        if (m_open)
            m_db.rollback();
    }
    bool isOpen() const { return m_open; }
    bool commit()
    {
        if (!m_open)
            return false;
        m_open = false;
        return m_db.commit();
    }

private:
    QSqlDatabase m_db;
    bool m_open;
};

// How the catalog stores values in SQL text columns.
namespace storage {

inline QString toStorage(const QDateTime &t)
{
    return t.toUTC().toString(Qt::ISODateWithMs);
}

inline QDateTime fromStorage(const QString &s)
{
    QDateTime t = QDateTime::fromString(s, Qt::ISODateWithMs);
    return t.isValid() ? t.toUTC() : t;
}

} // namespace storage

} // namespace reportdesk
