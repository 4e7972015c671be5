#include "Validation.h"

#include "domain/Schedule.h"
#include "scheduling/ZoneClock.h"

#include "BrandingProfile.h"
#include "DataSource.h"
#include "Report.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSet>
#include <QTimeZone>
#include <QUrl>

namespace reportdesk::Validation {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("reportdesk::Validation", text);
}

// "BM" alone matches plenty of text ("BMW ..."): also require a known DIB header size.
bool looksLikeBmp(const QByteArray &b)
{
    if (b.size() < 26 || !b.startsWith("BM"))
        return false;
    const auto byte = [&b](int i) {
        return quint32(quint8(b.at(i)));
    };
    const quint32 dibSize = byte(14) | byte(15) << 8 | byte(16) << 16 | byte(17) << 24;
    return dibSize == 12 || dibSize == 40 || dibSize == 52 || dibSize == 56 || dibSize == 64 ||
           dibSize == 108 || dibSize == 124;
}

// SVG is XML: markup first (declaration, comment or the svg element), then an <svg element.
bool looksLikeSvg(const QByteArray &b)
{
    const QByteArray head = b.left(512);
    QByteArray start = head.startsWith("\xef\xbb\xbf") ? head.mid(3) : head;
    start = start.trimmed();
    return start.startsWith('<') && head.contains("<svg") && !b.contains('\0');
}

bool looksLikeImage(const QByteArray &b)
{
    return b.startsWith("\x89PNG\r\n\x1a\n") || b.startsWith("\xff\xd8\xff") ||
           b.startsWith("GIF87a") || b.startsWith("GIF89a") || looksLikeBmp(b) ||
           (b.startsWith("RIFF") && b.mid(8, 4) == "WEBP") || looksLikeSvg(b);
}
} // namespace

QString checkName(const QString &name, const QString &what)
{
    if (name.trimmed().isEmpty())
        return tr("The %1 name must not be empty.").arg(what);
    if (name.contains(QLatin1Char('/')))
        return tr("The %1 name must not contain \"/\".").arg(what);
    if (name != name.trimmed())
        return tr("The %1 name must not start or end with spaces.").arg(what);
    if (name.size() > 200)
        return tr("The %1 name is longer than 200 characters.").arg(what);
    for (const QChar c : name) {
        if (c.category() == QChar::Other_Control)
            return tr("The %1 name must not contain control characters.").arg(what);
    }
    return {};
}

FieldErrors checkReport(const Report &r)
{
    FieldErrors errors;
    if (const QString e = checkName(r.name, tr("report")); !e.isEmpty())
        errors.append({QStringLiteral("name"), e});
    if (r.folderId <= 0)
        errors.append({QStringLiteral("folder"), tr("A report must be in a folder.")});
    if (const QString e = TimeRange::validateExpression(r.timeRange.from); !e.isEmpty())
        errors.append({QStringLiteral("timeRange.from"), e});
    if (const QString e = TimeRange::validateExpression(r.timeRange.to); !e.isEmpty())
        errors.append({QStringLiteral("timeRange.to"), e});
    const bool endsValid = TimeRange::validateExpression(r.timeRange.from).isEmpty() &&
                           TimeRange::validateExpression(r.timeRange.to).isEmpty();
    if (endsValid) {
        if (const QString e = r.timeRange.validate(); !e.isEmpty())
            errors.append({QStringLiteral("timeRange.to"), e});
    }
    if (!ZoneClock::isKnownZone(r.timeZone))
        errors.append({QStringLiteral("timeZone"),
                       tr("\"%1\" is not a known IANA time zone.").arg(r.timeZone)});
    // The schedule, when there is one: its errors are keyed "schedule.*" for the editor.
    if (!r.schedule.isEmpty()) {
        const auto schedule = Schedule::fromJson(r.schedule);
        if (!schedule)
            errors.append({QStringLiteral("schedule"), schedule.error()});
        else if (schedule.value())
            errors.append(schedule.value()->validate());
    }
    if (!PageOptions::sizeNames().contains(r.page.size))
        errors.append({QStringLiteral("page.size"),
                       tr("Unknown page size \"%1\"; use one of %2.")
                           .arg(r.page.size, PageOptions::sizeNames().join(QStringLiteral(", ")))});
    const QMarginsF &m = r.page.marginsMm;
    if (m.left() < 0 || m.top() < 0 || m.right() < 0 || m.bottom() < 0 || m.left() > 100 ||
        m.top() > 100 || m.right() > 100 || m.bottom() > 100)
        errors.append(
            {QStringLiteral("page.margins"), tr("Margins must be between 0 and 100 mm.")});
    if (r.formats.isEmpty())
        errors.append({QStringLiteral("formats"), tr("Choose at least one output format.")});
    for (const QString &f : r.formats) {
        if (!Report::formatNames().contains(f))
            errors.append({QStringLiteral("formats"), tr("Unknown output format \"%1\".").arg(f)});
    }
    static const QRegularExpression varName(QStringLiteral("^[A-Za-z_][A-Za-z0-9_]*$"));
    QSet<QString> seen;
    for (qsizetype i = 0; i < r.variables.size(); ++i) {
        const QString &n = r.variables.at(i).name;
        const QString key = QStringLiteral("variables[%1]").arg(i);
        if (!varName.match(n).hasMatch())
            errors.append({key, tr("Variable name \"%1\" must start with a letter or \"_\" and "
                                   "contain only letters, digits and \"_\".")
                                    .arg(n)});
        else if (n == QLatin1String("from") || n == QLatin1String("to"))
            errors.append({key, tr("\"%1\" is reserved for the time range.").arg(n)});
        else if (seen.contains(n))
            errors.append({key, tr("Variable \"%1\" is defined twice.").arg(n)});
        seen.insert(n);
    }
    for (qsizetype i = 0; i < r.sections.size(); ++i) {
        const Section &s = r.sections.at(i);
        const QString key = QStringLiteral("sections[%1]").arg(i);
        if (s.kind == Section::Kind::Table || s.kind == Section::Kind::Chart) {
            if (s.dataSource.trimmed().isEmpty())
                errors.append({key + QStringLiteral(".dataSource"),
                               tr("Section %1: choose a data source.").arg(i + 1)});
            if (s.query.trimmed().isEmpty())
                errors.append({key + QStringLiteral(".query"),
                               tr("Section %1: the query is empty.").arg(i + 1)});
        }
        if (s.kind == Section::Kind::Image && s.imageData.isEmpty())
            errors.append(
                {key + QStringLiteral(".image"), tr("Section %1: choose an image.").arg(i + 1)});
        if (s.widthFraction <= 0.0 || s.widthFraction > 1.0)
            errors.append({key + QStringLiteral(".width"),
                           tr("Section %1: width must be between 1 % and 100 %.").arg(i + 1)});
    }
    return errors;
}

QString checkLogo(const QByteArray &bytes)
{
    if (bytes.isEmpty())
        return {};
    if (bytes.size() > BrandingProfile::kMaxLogoBytes)
        return tr("The logo is %1 MB; the limit is 2 MB.")
            .arg(QString::number(double(bytes.size()) / (1024.0 * 1024.0), 'f', 1));
    if (!looksLikeImage(bytes))
        return tr("The logo is not an image (PNG, JPEG, GIF, BMP, WebP or SVG).");
    return {};
}

FieldErrors checkBranding(const BrandingProfile &p)
{
    FieldErrors errors;
    if (const QString e = checkName(p.name, tr("profile")); !e.isEmpty())
        errors.append({QStringLiteral("name"), e});
    if (const QString e = checkLogo(p.logo); !e.isEmpty())
        errors.append({QStringLiteral("logo"), e});
    static const QRegularExpression colour(QStringLiteral("^#[0-9A-Fa-f]{6}$"));
    if (!colour.match(p.accentColor).hasMatch())
        errors.append(
            {QStringLiteral("accentColor"), tr("The accent colour must look like #1f6feb.")});
    if (!p.footerLink.isEmpty()) {
        const QUrl url(p.footerLink, QUrl::StrictMode);
        if (!url.isValid() || url.scheme().isEmpty() || url.host().isEmpty())
            errors.append({QStringLiteral("footerLink"),
                           tr("The footer link must be a full URL such as https://example.com.")});
    }
    if (!p.pageNumberFormat.isEmpty() && !p.pageNumberFormat.contains(QLatin1String("{page}")))
        errors.append({QStringLiteral("pageNumberFormat"),
                       tr("The page-number format must contain {page}.")});
    return errors;
}

FieldErrors checkDataSource(const DataSource &s)
{
    FieldErrors errors;
    if (const QString e = checkName(s.name, tr("data source")); !e.isEmpty())
        errors.append({QStringLiteral("name"), e});
    if (s.driver.isEmpty())
        errors.append({QStringLiteral("driver"), tr("Choose a database driver.")});
    if (s.databaseName.trimmed().isEmpty())
        errors.append({QStringLiteral("databaseName"), s.isFileBased()
                                                           ? tr("Choose the database file.")
                                                           : tr("Enter the database name.")});
    if (!s.isFileBased() && s.host.trimmed().isEmpty())
        errors.append({QStringLiteral("host"), tr("Enter the database host.")});
    if (s.port < 0 || s.port > 65535)
        errors.append({QStringLiteral("port"), tr("The port must be between 0 and 65535.")});
    return errors;
}

QString joined(const FieldErrors &errors)
{
    QStringList lines;
    for (const FieldError &e : errors)
        lines.append(e.message);
    return lines.join(QLatin1Char('\n'));
}

} // namespace reportdesk::Validation
