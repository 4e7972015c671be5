#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <memory>

class QFile;

namespace reportdesk {

// Writes a set of files all or nothing. Each file goes to a hidden temporary file beside its
// target (".<name>.<random>.part", created with the same permissions a new file gets, or the
// existing target's) and is closed as soon as it is written, so a thousand PNG pages hold no
// thousand open descriptors. commit() then renames every temporary over its target; until then,
// and whenever anything fails, the targets are untouched and the destructor removes the
// temporaries. Each rename is atomic; the renames together are not (a failure between two of
// them, which needs the folder to change under us, leaves the earlier targets replaced and says
// so).
class StagedFiles {
public:
    StagedFiles();
    ~StagedFiles();
    StagedFiles(const StagedFiles &) = delete;
    StagedFiles &operator=(const StagedFiles &) = delete;

    // Starts the temporary file for `target` and returns it open for writing (owned here; valid
    // until finish()). Returns nullptr and sets *error naming the target when it cannot.
    QFile *begin(const QString &target, QString *error);
    // Flushes, syncs and closes the file begun last. False and *error when writing failed.
    bool finish(QString *error);
    // Renames every finished file over its target. False and *error on the first failure.
    bool commit(QString *error);

    QStringList targets() const; // absolute, in the order begun

private:
    struct Entry {
        QString target;
        QString temporary;
        bool renamed = false;
    };
    void discard();

    QList<Entry> m_entries;
    std::unique_ptr<QFile> m_current;
};

} // namespace reportdesk
