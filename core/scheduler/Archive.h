#pragma once

#include "domain/Report.h"
#include "domain/Result.h"
#include "domain/Run.h"

#include <QDateTime>
#include <QString>

namespace reportdesk {

class Catalog;

// Where scheduled and manual runs put their files: <root>/<report>/<file name template>.
// The template knows {report} (the report's name, made safe for file systems), {ext} (the
// format) and any QDateTime pattern in braces ({yyyyMMdd-HHmm}), taken at the run's scheduled
// instant in the report's time zone. The root must exist (a missing root is usually an unmounted
// drive, and writing beside the mount point would hide that); report folders are created.
class Archive {
public:
    explicit Archive(QString root, QString fileNameTemplate = defaultTemplate());

    static QString defaultTemplate(); // "{report}-{yyyyMMdd-HHmm}.{ext}"

    // The archive root the GUI and the CLI share, remembered in the catalog ("archive.root"):
    // `chosen` (made absolute) when given, and then remembered; else the remembered one; else
    // AppPaths::defaultArchiveRoot(), created when missing. A folder the user chose is never
    // created: when it is missing it is usually an unmounted drive, and the runs say so.
    // *warning (optional) gets a message when the choice could not be remembered.
    static QString resolveRoot(Catalog &catalog, const QString &chosen = {},
                               QString *warning = nullptr);
    static QString rememberedRoot(const Catalog &catalog); // "" when none was chosen
    // Why runs cannot write into root ("" when they can): unset, missing, not a folder, not
    // writable, disk full.
    static QString checkRoot(const QString &root);

    // The file name template, also kept in the catalog ("archive.template") so the GUI and a
    // daemon name files alike. An empty or unusable stored value gives the default.
    static QString rememberedTemplate(const Catalog &catalog);
    static Status rememberTemplate(Catalog &catalog, const QString &fileNameTemplate);
    // Why a template cannot be used ("" when it can): empty, absolute or leaving the report's
    // folder, an unclosed brace, an empty field. Sub-folders ("{yyyy}/...") are fine.
    static QString checkTemplate(const QString &fileNameTemplate);
    // The file name a template gives for a report at an instant, for previews in the UI.
    static QString exampleName(const QString &fileNameTemplate, const Report &report,
                               const QDateTime &scheduledFor, const QString &format);
    QString root() const { return m_root; }

    // Checks the root (exists, is a folder, is writable, has free space), creates the report's
    // folder and returns the path for a run's output in `format`; when that file exists already
    // (two runs in the same minute) a counter is added before the extension.
    Result<QString> prepare(const Report &report, const QDateTime &scheduledFor,
                            const QString &format) const;

    // Size and SHA-256 of a written file.
    static Result<RunArtifact> describe(const QString &path, const QString &format);
    // A report name as a file or folder name: no separators, no control characters, no leading
    // dot, at most 100 characters.
    static QString safeName(const QString &name);

private:
    QString expand(const Report &report, const QDateTime &scheduledFor,
                   const QString &format) const;

    QString m_root;
    QString m_template;
};

} // namespace reportdesk
