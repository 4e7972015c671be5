#include "ReportExporter.h"

#include "data/QueryRunner.h"
#include "data/ScopedConnection.h"
#include "rendering/CsvWriter.h"
#include "rendering/ReportRenderer.h"
#include "rendering/StagedFiles.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QImage>
#include <QImageWriter>
#include <QLoggingCategory>
#include <QPainter>
#include <QPdfDocument>
#include <QPdfWriter>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

#include <algorithm>
#include <map>
#include <memory>

Q_LOGGING_CATEGORY(lcExport, "reportdesk.core.export")

namespace reportdesk {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("reportdesk::ReportExporter", text);
}

// The file name without its last extension ("weekly.png" -> "weekly", "a.b.csv" -> "a.b").
QString stemOf(const QFileInfo &info)
{
    const QString stem = info.completeBaseName();
    return stem.isEmpty() ? info.fileName() : stem; // ".hidden" keeps its name
}

// "Busiest pages (Top 10)" -> "busiest-pages-top-10"; accents dropped ("Übersicht" ->
// "ubersicht"), a few letters spelt out ("Größe" -> "grosse"), anything else non-ASCII becomes
// a separator.
QString slug(const QString &title)
{
    static const QHash<char16_t, QLatin1String> spelt{
        {u'ß', QLatin1String("ss")}, {u'æ', QLatin1String("ae")}, {u'Æ', QLatin1String("ae")},
        {u'œ', QLatin1String("oe")}, {u'Œ', QLatin1String("oe")}, {u'ø', QLatin1String("o")},
        {u'Ø', QLatin1String("o")},  {u'ł', QLatin1String("l")},  {u'Ł', QLatin1String("l")},
        {u'đ', QLatin1String("d")},  {u'Đ', QLatin1String("d")},  {u'þ', QLatin1String("th")},
        {u'Þ', QLatin1String("th")},
    };
    const QString decomposed = title.normalized(QString::NormalizationForm_KD);
    QString out;
    bool separator = false;
    auto append = [&](const QString &text) {
        if (separator && !out.isEmpty())
            out += QLatin1Char('-');
        separator = false;
        out += text;
    };
    for (const QChar c : decomposed) {
        if (c.unicode() < 128 && c.isLetterOrNumber())
            append(c.toLower());
        else if (const auto it = spelt.constFind(c.unicode()); it != spelt.constEnd())
            append(*it);
        else if (c.category() != QChar::Mark_NonSpacing)
            separator = true;
    }
    if (out.size() > 40) {
        out.truncate(40);
        while (out.endsWith(QLatin1Char('-')))
            out.chop(1);
    }
    return out.isEmpty() ? QStringLiteral("table") : out;
}

QString sectionName(int index, const Section &section)
{
    return section.title.isEmpty() ? tr("section %1").arg(index + 1)
                                   : tr("section %1 (\"%2\")").arg(index + 1).arg(section.title);
}

QString shownPath(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

} // namespace

ReportExporter::ReportExporter(RenderJob job)
    : m_job(std::move(job))
{}

QString ReportExporter::formatName(ExportFormat format)
{
    switch (format) {
    case ExportFormat::Pdf:
        return QStringLiteral("pdf");
    case ExportFormat::Csv:
        return QStringLiteral("csv");
    case ExportFormat::Png:
        return QStringLiteral("png");
    }
    return {};
}

bool ReportExporter::formatFromName(const QString &name, ExportFormat *format)
{
    for (ExportFormat f : {ExportFormat::Pdf, ExportFormat::Csv, ExportFormat::Png}) {
        if (name.compare(formatName(f), Qt::CaseInsensitive) == 0) {
            *format = f;
            return true;
        }
    }
    return false;
}

QString ReportExporter::failure(ExportFormat format, const QString &message) const
{
    return tr("Cannot export \"%1\" as %2: %3")
        .arg(m_job.report.displayTitle(), formatName(format).toUpper(), message);
}

bool ReportExporter::cancelled() const
{
    const auto *flag = m_job.options.cancel;
    return flag && flag->load(std::memory_order_relaxed);
}

Result<ExportOutcome> ReportExporter::exportTo(ExportFormat format, const QString &path,
                                               const ExportOptions &options)
{
    const QFileInfo info(path);
    if (path.isEmpty() || info.fileName().isEmpty())
        return Result<ExportOutcome>::failure(
            failure(format, tr("no output file name given (\"%1\")").arg(path)));
    if (info.isDir())
        return Result<ExportOutcome>::failure(failure(
            format,
            tr("%1 is a folder; give a file name such as %2")
                .arg(shownPath(info.absoluteFilePath()),
                     shownPath(QDir(info.absoluteFilePath())
                                   .filePath(QStringLiteral("report.") + formatName(format))))));
    switch (format) {
    case ExportFormat::Pdf:
        return exportPdf(info.absoluteFilePath());
    case ExportFormat::Csv:
        return exportCsv(info.absoluteFilePath());
    case ExportFormat::Png:
        return exportPng(info.absoluteFilePath(), options);
    }
    return Result<ExportOutcome>::failure(failure(format, tr("unknown format")));
}

Result<ExportOutcome> ReportExporter::exportPdf(const QString &path)
{
    ReportRenderer renderer(m_job);
    if (const Status s = renderer.renderPdf(path); !s)
        return Result<ExportOutcome>::failure(s.error());
    ExportOutcome outcome;
    outcome.files = {path};
    outcome.pages = renderer.pageCount();
    return outcome;
}

Result<ExportOutcome> ReportExporter::exportPng(const QString &path, const ExportOptions &options)
{
    using R = Result<ExportOutcome>;
    const int dpi = options.dpi;
    if (dpi < ExportOptions::kMinDpi || dpi > ExportOptions::kMaxDpi)
        return R::failure(
            failure(ExportFormat::Png, tr("the resolution %1 dpi is outside %2 to %3 dpi")
                                           .arg(dpi)
                                           .arg(ExportOptions::kMinDpi)
                                           .arg(ExportOptions::kMaxDpi)));
    ReportRenderer renderer(m_job);
    if (const Status s = renderer.check(); !s)
        return R::failure(s.error());

    // The pages renderPdf() writes (without its metadata, which no page shows), in memory; Qt
    // Pdf (PDFium) then rasterises them, so the images show exactly what a PDF viewer shows.
    QBuffer pdf;
    pdf.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&pdf);
        if (const Status s = renderer.render(writer); !s)
            return R::failure(s.error());
    }
    pdf.close();
    pdf.open(QIODevice::ReadOnly);
    QPdfDocument document;
    document.load(&pdf); // a QBuffer loads synchronously
    if (document.status() != QPdfDocument::Status::Ready ||
        document.pageCount() != renderer.pageCount())
        return R::failure(failure(ExportFormat::Png,
                                  tr("Qt Pdf cannot read the rendered PDF (status %1, %2 of %3 "
                                     "pages)")
                                      .arg(int(document.status()))
                                      .arg(document.pageCount())
                                      .arg(renderer.pageCount())));

    const int pages = document.pageCount();
    const int sections = int(m_job.report.sections.size());
    const QFileInfo info(path);
    const QString stem = stemOf(info);
    const int digits = int(QString::number(pages).size());
    const int dotsPerMeter = qRound(dpi / 0.0254);
    StagedFiles files;
    QString error;
    for (int page = 0; page < pages; ++page) {
        if (cancelled())
            return R::failure(failure(ExportFormat::Png, tr("the export was cancelled")));
        const QSizeF points = document.pagePointSize(page);
        const QSize pixels(qRound(points.width() * dpi / 72.0),
                           qRound(points.height() * dpi / 72.0));
        QImage image = document.render(page, pixels);
        if (image.isNull() || image.size() != pixels)
            return R::failure(
                failure(ExportFormat::Png, tr("page %1 cannot be rasterised at %2×%3 pixels")
                                               .arg(page + 1)
                                               .arg(pixels.width())
                                               .arg(pixels.height())));
        {
            // PDFium leaves the page transparent where nothing is painted; paper is white.
            QPainter painter(&image);
            painter.setCompositionMode(QPainter::CompositionMode_DestinationOver);
            painter.fillRect(image.rect(), Qt::white);
        }
        image.convertTo(QImage::Format_RGB32);
        image.setDotsPerMeterX(dotsPerMeter);
        image.setDotsPerMeterY(dotsPerMeter);

        const QString target = info.dir().filePath(
            QStringLiteral("%1-%2.png").arg(stem).arg(page + 1, digits, 10, QLatin1Char('0')));
        QFile *file = files.begin(target, &error);
        if (!file)
            return R::failure(failure(ExportFormat::Png, error));
        QImageWriter writer(file, "png");
        if (!writer.write(image)) {
            const QString why =
                file->error() != QFileDevice::NoError ? file->errorString() : writer.errorString();
            return R::failure(
                failure(ExportFormat::Png, tr("cannot write %1: %2").arg(shownPath(target), why)));
        }
        if (!files.finish(&error))
            return R::failure(failure(ExportFormat::Png, error));
        if (m_job.options.progress)
            m_job.options.progress(2 * sections + page + 1, 2 * sections + pages);
    }
    if (!files.commit(&error))
        return R::failure(failure(ExportFormat::Png, error));
    ExportOutcome outcome;
    outcome.files = files.targets();
    outcome.pages = pages;
    qCDebug(lcExport) << "png" << pages << "pages at" << dpi << "dpi";
    return outcome;
}

Result<ExportOutcome> ReportExporter::exportCsv(const QString &path)
{
    using R = Result<ExportOutcome>;
    const Report &report = m_job.report;
    QList<int> tables;
    for (qsizetype i = 0; i < report.sections.size(); ++i) {
        if (report.sections.at(i).kind == Section::Kind::Table)
            tables.append(int(i));
    }
    if (tables.isEmpty())
        return R::failure(
            failure(ExportFormat::Csv, tr("the report has no table section; CSV holds the rows of "
                                          "table sections only (not charts or text)")));

    // check() resolves the time range and variables exactly as the PDF does.
    ReportRenderer renderer(m_job);
    if (const Status s = renderer.check(); !s)
        return R::failure(s.error());
    const QVariantMap &bindings = renderer.bindings();

    const QFileInfo info(path);
    QStringList targets;
    if (tables.size() == 1) {
        targets.append(path);
    } else {
        const QString stem = stemOf(info);
        for (qsizetype n = 0; n < tables.size(); ++n)
            targets.append(
                info.dir().filePath(QStringLiteral("%1-%2-%3.csv")
                                        .arg(stem)
                                        .arg(n + 1)
                                        .arg(slug(report.sections.at(tables.at(n)).title))));
    }

    // One connection per data source, read in one transaction: the tables are one snapshot,
    // as in the PDF.
    std::map<QString, std::unique_ptr<ScopedConnection>> connections;
    auto database = [&](const QString &name) -> Result<QSqlDatabase> {
        auto it = connections.find(name);
        if (it == connections.end()) {
            const auto &sources = m_job.dataSources;
            const auto source = std::find_if(sources.begin(), sources.end(),
                                             [&](const DataSource &d) { return d.name == name; });
            if (source == sources.end())
                return Result<QSqlDatabase>::failure(
                    tr("the data source \"%1\" does not exist").arg(name));
            auto connection =
                std::make_unique<ScopedConnection>(*source, m_job.passwords.value(name));
            if (!connection->open())
                return Result<QSqlDatabase>::failure(
                    tr("cannot connect to \"%1\": %2").arg(name, connection->error()));
            connection->database().transaction();
            it = connections.emplace(name, std::move(connection)).first;
        }
        return it->second->database();
    };
    struct Rollback { // read-only: nothing to keep, on every way out
        std::map<QString, std::unique_ptr<ScopedConnection>> &connections;
        ~Rollback()
        {
            for (auto &[name, connection] : connections)
                connection->database().rollback();
        }
    } rollback{connections};

    StagedFiles files;
    QString error;
    qint64 rows = 0;
    for (qsizetype n = 0; n < tables.size(); ++n) {
        const int index = tables.at(n);
        const Section &section = report.sections.at(index);
        auto sectionFailure = [&](const QString &message) {
            return R::failure(
                failure(ExportFormat::Csv, tr("%1: %2").arg(sectionName(index, section), message)));
        };
        const auto db = database(section.dataSource);
        if (!db)
            return sectionFailure(db.error());
        QSqlQuery q(db.value());
        if (const QString error = QueryRunner::execBound(q, section.query, bindings);
            !error.isEmpty())
            return sectionFailure(error);

        // The PDF's columns: the section's, else every column of the query.
        const QSqlRecord record = q.record();
        QList<int> fields;
        QStringList labels, missing;
        if (section.columns.isEmpty()) {
            for (int i = 0; i < record.count(); ++i) {
                fields.append(i);
                labels.append(record.fieldName(i));
            }
        } else {
            for (const ColumnFormat &c : section.columns) {
                const int field = record.indexOf(c.column);
                if (field < 0)
                    missing.append(c.column);
                fields.append(field);
                labels.append(c.label.isEmpty() ? c.column : c.label);
            }
        }
        if (!missing.isEmpty())
            return sectionFailure(
                tr("the query returns no column %1").arg(missing.join(QStringLiteral(", "))));

        const QString &target = targets.at(n);
        QFile *file = files.begin(target, &error);
        if (!file)
            return R::failure(failure(ExportFormat::Csv, error));
        auto writeFailure = [&] {
            return R::failure(
                failure(ExportFormat::Csv,
                        tr("cannot write %1: %2").arg(shownPath(target), file->errorString())));
        };
        CsvWriter csv(*file);
        for (const QString &label : std::as_const(labels))
            csv.addText(label);
        if (!csv.endRow())
            return writeFailure();
        qint64 tableRows = 0;
        while (q.next()) {
            for (int field : std::as_const(fields))
                csv.addValue(q.value(field));
            if (!csv.endRow())
                return writeFailure();
            if (++tableRows % 512 == 0 && cancelled())
                return R::failure(failure(ExportFormat::Csv, tr("the export was cancelled")));
        }
        if (q.lastError().isValid())
            return sectionFailure(QueryRunner::errorText(q));
        if (!csv.flush())
            return writeFailure();
        if (!files.finish(&error))
            return R::failure(failure(ExportFormat::Csv, error));
        rows += tableRows;
        qCDebug(lcExport) << "csv" << section.title << tableRows << "rows";
        if (m_job.options.progress)
            m_job.options.progress(int(n + 1), int(tables.size()));
    }
    if (!files.commit(&error))
        return R::failure(failure(ExportFormat::Csv, error));
    ExportOutcome outcome;
    outcome.files = files.targets();
    outcome.rows = rows;
    return outcome;
}

} // namespace reportdesk
