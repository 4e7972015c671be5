#include "Report.h"

namespace reportdesk {

const QStringList &PageOptions::sizeNames()
{
    static const QStringList names{QStringLiteral("A4"),    QStringLiteral("A3"),
                                   QStringLiteral("A5"),    QStringLiteral("Letter"),
                                   QStringLiteral("Legal"), QStringLiteral("Tabloid")};
    return names;
}

const QStringList &Report::formatNames()
{
    static const QStringList names{QStringLiteral("pdf"), QStringLiteral("csv"),
                                   QStringLiteral("png")};
    return names;
}

ReportSummary Report::summary() const
{
    return ReportSummary{id, folderId, name, title, tags, enabled};
}

} // namespace reportdesk
