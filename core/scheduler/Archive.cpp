#include "Archive.h"

#include "catalog/Catalog.h"
#include "settings/AppPaths.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QStorageInfo>
#include <QTimeZone>

namespace reportdesk {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("reportdesk::Archive", text);
}

// Below this much free space a run does not start: a report that fills the disk to the last
// byte takes the catalog's journal and everything else on that disk down with it.
constexpr qint64 kMinFreeBytes = 16 * 1024 * 1024;

const char kRootKey[] = "archive.root";
const char kTemplateKey[] = "archive.template";

} // namespace

Archive::Archive(QString root, QString fileNameTemplate)
    : m_root(std::move(root))
    , m_template(fileNameTemplate.trimmed().isEmpty() ? defaultTemplate()
                                                      : std::move(fileNameTemplate))
{}

QString Archive::defaultTemplate()
{
    return QStringLiteral("{report}-{yyyyMMdd-HHmm}.{ext}");
}

QString Archive::safeName(const QString &name)
{
    QString out;
    for (const QChar c : name) {
        if (c.category() == QChar::Other_Control || QStringLiteral("/\\:*?\"<>|").contains(c))
            out += QLatin1Char('_');
        else
            out += c;
    }
    out = out.trimmed();
    while (out.startsWith(QLatin1Char('.')))
        out.remove(0, 1);
    if (out.isEmpty())
        out = QStringLiteral("report");
    return out.left(100);
}

QString Archive::expand(const Report &report, const QDateTime &scheduledFor,
                        const QString &format) const
{
    const QTimeZone zone(report.timeZone.toUtf8());
    const QDateTime local = zone.isValid() ? scheduledFor.toTimeZone(zone) : scheduledFor.toUTC();
    QString out;
    static const QRegularExpression field(QStringLiteral("\\{([^{}]*)\\}"));
    qsizetype last = 0;
    for (auto it = field.globalMatch(m_template); it.hasNext();) {
        const auto m = it.next();
        out += QStringView(m_template).mid(last, m.capturedStart() - last);
        const QString key = m.captured(1);
        if (key == QLatin1String("report"))
            out += safeName(report.name);
        else if (key == QLatin1String("ext"))
            out += format;
        else
            out += safeName(local.toString(key));
        last = m.capturedEnd();
    }
    out += QStringView(m_template).mid(last);
    if (!m_template.contains(QLatin1String("{ext}")))
        out += QLatin1Char('.') + format;
    return out;
}

Result<QString> Archive::prepare(const Report &report, const QDateTime &scheduledFor,
                                 const QString &format) const
{
    if (const QString problem = checkRoot(m_root); !problem.isEmpty())
        return Result<QString>::failure(problem);

    const QString folder = QDir(m_root).filePath(safeName(report.name));
    if (!QDir().mkpath(folder))
        return Result<QString>::failure(tr("Cannot create the archive folder %1.").arg(folder));
    const QString name = expand(report, scheduledFor, format);
    QString path = QDir(folder).filePath(name);
    const QFileInfo info(path);
    // A template may sort files into sub-folders ("{yyyy}/{report}-{MMdd}.{ext}").
    if (!QDir().mkpath(info.absolutePath()))
        return Result<QString>::failure(
            tr("Cannot create the archive folder %1.").arg(info.absolutePath()));
    for (int n = 2; QFileInfo::exists(path) && n < 1000; ++n)
        path = QDir(info.absolutePath())
                   .filePath(QStringLiteral("%1-%2.%3")
                                 .arg(info.completeBaseName())
                                 .arg(n)
                                 .arg(info.suffix()));
    return path;
}

Result<RunArtifact> Archive::describe(const QString &path, const QString &format)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Result<RunArtifact>::failure(tr("Cannot read %1: %2").arg(path, file.errorString()));
    QCryptographicHash hash(QCryptographicHash::Sha256);
    if (!hash.addData(&file))
        return Result<RunArtifact>::failure(tr("Cannot read %1: %2").arg(path, file.errorString()));
    RunArtifact a;
    a.path = QFileInfo(path).absoluteFilePath();
    a.format = format;
    a.size = file.size();
    a.sha256 = QString::fromLatin1(hash.result().toHex());
    return a;
}

QString Archive::checkRoot(const QString &rootPath)
{
    const QFileInfo root(rootPath);
    if (rootPath.trimmed().isEmpty())
        return tr("No archive folder is set.");
    if (!root.exists())
        return tr("The archive folder %1 does not exist (is its drive mounted?).").arg(rootPath);
    if (!root.isDir())
        return tr("The archive folder %1 is not a folder.").arg(rootPath);
    if (!root.isWritable())
        return tr("The archive folder %1 is not writable for this user.").arg(rootPath);
    const QStorageInfo storage(rootPath);
    if (storage.isValid() && storage.bytesAvailable() >= 0 &&
        storage.bytesAvailable() < kMinFreeBytes)
        return tr("The disk of the archive folder %1 is full (%2 MiB free).")
            .arg(rootPath)
            .arg(storage.bytesAvailable() / (1024 * 1024));
    return {};
}

QString Archive::rememberedRoot(const Catalog &catalog)
{
    return catalog.metaValue(QLatin1String(kRootKey));
}

QString Archive::resolveRoot(Catalog &catalog, const QString &chosen, QString *warning)
{
    if (!chosen.trimmed().isEmpty()) {
        const QString root = QDir::cleanPath(QFileInfo(chosen.trimmed()).absoluteFilePath());
        if (rememberedRoot(catalog) != root) {
            const Status s = catalog.setMetaValue(QLatin1String(kRootKey), root);
            if (!s && warning)
                *warning = tr("Cannot remember the archive folder: %1").arg(s.error());
        }
        return root;
    }
    const QString remembered = rememberedRoot(catalog);
    if (!remembered.isEmpty())
        return remembered;
    const QString fallback = AppPaths::defaultArchiveRoot();
    QDir().mkpath(fallback);
    return fallback;
}

QString Archive::checkTemplate(const QString &fileNameTemplate)
{
    if (fileNameTemplate.trimmed().isEmpty())
        return tr("The file name template is empty.");
    // Sub-folders are fine ("{yyyy}/{report}-{MMdd}.{ext}"); leaving the report's folder is not.
    if (fileNameTemplate.startsWith(QLatin1Char('/')) ||
        fileNameTemplate.contains(QLatin1Char('\\')))
        return tr("The file name template must be relative to the report's folder: no leading "
                  "“/” and no “\\”.");
    for (const QString &part : fileNameTemplate.split(QLatin1Char('/'))) {
        if (part.trimmed().isEmpty() || part == QLatin1String(".") || part == QLatin1String(".."))
            return tr("The file name template has an empty, “.” or “..” folder name.");
    }
    int depth = 0;
    qsizetype open = -1;
    for (qsizetype i = 0; i < fileNameTemplate.size(); ++i) {
        const QChar c = fileNameTemplate.at(i);
        if (c == QLatin1Char('{')) {
            if (depth > 0)
                return tr("The file name template has a “{” inside another field at position "
                          "%1.")
                    .arg(i + 1);
            depth = 1;
            open = i;
        } else if (c == QLatin1Char('}')) {
            if (depth == 0)
                return tr("The file name template has a “}” without its “{” at position %1.")
                    .arg(i + 1);
            if (i == open + 1)
                return tr("The file name template has an empty field “{}” at position %1.")
                    .arg(open + 1);
            depth = 0;
        }
    }
    if (depth > 0)
        return tr("The file name template has a “{” that is not closed (position %1).")
            .arg(open + 1);
    return {};
}

QString Archive::rememberedTemplate(const Catalog &catalog)
{
    const QString stored = catalog.metaValue(QLatin1String(kTemplateKey));
    return stored.isEmpty() || !checkTemplate(stored).isEmpty() ? defaultTemplate() : stored;
}

Status Archive::rememberTemplate(Catalog &catalog, const QString &fileNameTemplate)
{
    if (const QString problem = checkTemplate(fileNameTemplate); !problem.isEmpty())
        return Status::failure(problem);
    return catalog.setMetaValue(QLatin1String(kTemplateKey), fileNameTemplate);
}

QString Archive::exampleName(const QString &fileNameTemplate, const Report &report,
                             const QDateTime &scheduledFor, const QString &format)
{
    return Archive(QString(), fileNameTemplate).expand(report, scheduledFor, format);
}

} // namespace reportdesk
