#include "StagedFiles.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>

#include <filesystem>
#include <system_error>

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

namespace reportdesk {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("reportdesk::StagedFiles", text);
}

std::filesystem::path nativePath(const QString &path)
{
#ifdef Q_OS_WIN
    return std::filesystem::path(path.toStdWString());
#else
    return std::filesystem::path(QFile::encodeName(path).toStdString());
#endif
}

} // namespace

StagedFiles::StagedFiles() = default;

StagedFiles::~StagedFiles()
{
    discard();
}

QFile *StagedFiles::begin(const QString &target, QString *error)
{
    Q_ASSERT(!m_current); // finish() the previous file first
    const QFileInfo info(target);
    const QString absolute = info.absoluteFilePath();
    const QString shown = QDir::toNativeSeparators(absolute);
    if (info.isDir()) {
        *error = tr("cannot write %1: it is a folder").arg(shown);
        return nullptr;
    }
    // A hidden name in the target's folder: the rename stays on one file system (atomic), and
    // file managers do not show the half-written file.
    auto file = std::make_unique<QFile>();
    for (int attempt = 0; attempt < 16; ++attempt) {
        const QString name =
            QStringLiteral(".%1.%2.part")
                .arg(info.fileName())
                .arg(QRandomGenerator::global()->generate(), 8, 16, QLatin1Char('0'));
        file->setFileName(info.absoluteDir().filePath(name));
        // NewOnly: O_EXCL, mode 0666 less the umask, like any new file the user writes.
        if (file->open(QIODevice::WriteOnly | QIODevice::NewOnly))
            break;
        if (file->error() != QFileDevice::OpenError || !file->exists()) {
            *error = tr("cannot write %1: %2").arg(shown, file->errorString());
            return nullptr;
        }
    }
    if (!file->isOpen()) {
        *error = tr("cannot write %1: %2").arg(shown, file->errorString());
        return nullptr;
    }
    if (info.exists()) // a replaced file keeps its permissions, as QSaveFile does
        file->setPermissions(info.permissions());
    m_entries.append({absolute, file->fileName()});
    m_current = std::move(file);
    return m_current.get();
}

bool StagedFiles::finish(QString *error)
{
    Q_ASSERT(m_current);
    const QString shown = QDir::toNativeSeparators(m_entries.constLast().target);
    bool ok = m_current->flush();
#ifdef Q_OS_UNIX
    // As QSaveFile does: the data is on disk before the rename makes it visible.
    ok = ok && ::fsync(m_current->handle()) == 0;
#endif
    if (ok)
        m_current->close();
    ok = ok && m_current->error() == QFileDevice::NoError;
    if (!ok)
        *error = tr("cannot write %1: %2").arg(shown, m_current->errorString());
    m_current.reset(); // closes it (the temporary is removed by discard())
    return ok;
}

bool StagedFiles::commit(QString *error)
{
    Q_ASSERT(!m_current);
    QStringList replaced;
    for (Entry &entry : m_entries) {
        std::error_code code;
        std::filesystem::rename(nativePath(entry.temporary), nativePath(entry.target), code);
        if (code) {
            *error = tr("cannot write %1: %2")
                         .arg(QDir::toNativeSeparators(entry.target),
                              QString::fromLocal8Bit(code.message()));
            if (!replaced.isEmpty())
                *error += tr(" (already written: %1)").arg(replaced.join(QStringLiteral(", ")));
            discard();
            return false;
        }
        entry.renamed = true;
        replaced.append(QDir::toNativeSeparators(entry.target));
    }
    return true;
}

QStringList StagedFiles::targets() const
{
    QStringList paths;
    for (const Entry &entry : m_entries)
        paths.append(entry.target);
    return paths;
}

void StagedFiles::discard()
{
    m_current.reset();
    for (const Entry &entry : std::as_const(m_entries)) {
        if (!entry.renamed)
            QFile::remove(entry.temporary);
    }
    m_entries.clear();
}

} // namespace reportdesk
