#pragma once

#include "catalog/Catalog.h"

#include <QTemporaryDir>

#include <memory>

namespace reportdesk::test {

// A real SQLite catalog file in a temporary folder that is removed afterwards.
class TestCatalog {
public:
    TestCatalog();
    Catalog &operator*() { return *m_catalog; }
    Catalog *operator->() { return m_catalog.get(); }
    Catalog *get() { return m_catalog.get(); }
    QString path() const { return m_path; }
    QString dir() const { return m_dir.path(); }
    // Closes and opens the same file again, as a restarted process would.
    void reopen();

    // A folder and a valid report in it, for tests that need something to work on.
    Folder addFolder(const QString &name, qint64 parentId = 0);
    Report addReport(qint64 folderId, const QString &name);

private:
    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<Catalog> m_catalog;
};

// A report with every field set to a non-default value, for round-trip tests.
Report fullyPopulatedReport(qint64 folderId);

// The bytes of a file, or a test failure message when it cannot be read.
QByteArray readFile(const QString &path);

} // namespace reportdesk::test
