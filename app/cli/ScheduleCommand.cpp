#include "ScheduleCommand.h"

#include "RunText.h"
#include "catalog/Catalog.h"
#include "domain/Schedule.h"
#include "scheduling/ScheduleCalculator.h"
#include "scheduling/ZoneClock.h"

#include <QCommandLineParser>
#include <QIODevice>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

namespace reportdesk::cli {

namespace {

constexpr int kMaxCount = 10000;

void addListingOptions(QCommandLineParser &parser)
{
    parser.addOptions({
        QCommandLineOption(
            QStringLiteral("n"),
            ScheduleCommand::tr("How many runs to list (default 10, at most %1).").arg(kMaxCount),
            ScheduleCommand::tr("N")),
        QCommandLineOption(QStringLiteral("after"),
                           ScheduleCommand::tr("List the runs after this instant (ISO 8601 with a "
                                               "time zone) instead of after now."),
                           ScheduleCommand::tr("INSTANT")),
        QCommandLineOption(QStringLiteral("json"),
                           ScheduleCommand::tr("Print a JSON array of the instants instead.")),
    });
}

} // namespace

ScheduleCommand::ScheduleCommand(const CommandIo &io)
    : Command(io)
{
    addSubcommand(QStringLiteral("next"), tr("List the next runs of a report's schedule."),
                  [this](const QStringList &a) { return next(a); });
    addSubcommand(QStringLiteral("check"),
                  tr("Check a cron expression or schedule and list its next runs."),
                  [this](const QStringList &a) { return check(a); });
}

QString ScheduleCommand::description() const
{
    return tr("Show when schedules run.");
}

std::optional<int> ScheduleCommand::readListing(const QCommandLineParser &parser,
                                                const QString &path, const QString &syntax,
                                                Listing *listing)
{
    if (parser.isSet(QStringLiteral("n"))) {
        bool ok = false;
        const QString value = parser.value(QStringLiteral("n"));
        listing->count = value.toInt(&ok);
        if (!ok || listing->count < 1 || listing->count > kMaxCount)
            return usageError(
                path, syntax,
                tr("Bad -n \"%1\": give a whole number from 1 to %2.").arg(value).arg(kMaxCount));
    }
    listing->after = QDateTime::currentDateTimeUtc();
    if (parser.isSet(QStringLiteral("after"))) {
        const QString value = parser.value(QStringLiteral("after"));
        listing->after = RunText::parseInstant(value);
        if (!listing->after.isValid())
            return usageError(path, syntax, RunText::badInstant(QStringLiteral("--after"), value));
    }
    listing->json = parser.isSet(QStringLiteral("json"));
    return std::nullopt;
}

void ScheduleCommand::print(const Schedule &schedule, const Listing &listing)
{
    const auto clock = ZoneClock::forId(schedule.timeZone);
    const QTimeZone zone = clock ? clock->zone() : QTimeZone::utc();
    const QList<QDateTime> runs = ScheduleCalculator::nextN(schedule, listing.after, listing.count);
    if (listing.json) {
        QJsonArray array;
        for (const QDateTime &t : runs)
            array.append(RunText::iso(t, zone));
        out() << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
    } else {
        for (const QDateTime &t : runs)
            out() << RunText::iso(t, zone) << '\n';
    }
    out().flush();
}

int ScheduleCommand::next(const QStringList &arguments)
{
    const QString path = QStringLiteral("schedule next");
    const QString syntax = QStringLiteral("REF");
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("List the next runs of the report's schedule as ISO 8601 instants with the offset of "
           "the schedule's time zone, one per line."));
    parser.addPositionalArgument(syntax, tr("Report id, or folder path and name."));
    addListingOptions(parser);
    if (const auto exit = parse(parser, path, syntax, arguments, 1, 1))
        return *exit;
    Listing listing;
    if (const auto exit = readListing(parser, path, syntax, &listing))
        return *exit;

    const auto catalog = openCatalog();
    if (!catalog)
        return Failure;
    const QString ref = parser.positionalArguments().constFirst();
    const auto report = resolveReport(*catalog, ref);
    if (!report)
        return Failure;
    const auto parsed = Schedule::fromJson(report->schedule);
    if (!parsed)
        return fail(tr("The schedule of \"%1\" cannot be read: %2").arg(ref, parsed.error()));
    if (!parsed.value())
        return fail(tr("The report \"%1\" has no schedule.").arg(ref));
    const Schedule &schedule = **parsed;
    if (const FieldErrors errors = schedule.validate(listing.after); !errors.isEmpty()) {
        QStringList messages;
        for (const FieldError &e : errors)
            messages.append(QStringLiteral("%1: %2").arg(e.field, e.message));
        return fail(tr("The schedule of \"%1\" does not run: %2")
                        .arg(ref, messages.join(QStringLiteral("; "))));
    }
    if (!report->enabled)
        err() << programName() << ": "
              << tr("Note: \"%1\" is disabled, so the scheduler does not run it.").arg(ref) << '\n';
    print(schedule, listing);
    return Success;
}

int ScheduleCommand::check(const QStringList &arguments)
{
    const QString path = QStringLiteral("schedule check");
    const QString syntax = QStringLiteral("(--cron EXPR | --spec JSON) --tz ZONE");
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Evaluate a schedule without a report: check it and list its next runs as ISO 8601 "
           "instants with the offset of its time zone, one per line.\n"
           "An invalid expression, schedule or zone is a usage error (exit code 2) naming the "
           "field."));
    const QCommandLineOption cronOption(
        QStringLiteral("cron"),
        tr("A cron expression: 5 fields (minute hour day month weekday), or 6 with seconds "
           "first."),
        tr("EXPR"));
    const QCommandLineOption specOption(
        QStringLiteral("spec"),
        tr("A schedule as JSON, in the format of a report's \"schedule\" object; - reads it "
           "from standard input."),
        tr("JSON"));
    const QCommandLineOption tzOption(
        QStringLiteral("tz"),
        tr("The IANA time zone the schedule is read in (Europe/Berlin); required with --cron, "
           "overrides the zone of --spec."),
        tr("ZONE"));
    parser.addOptions({cronOption, specOption, tzOption});
    addListingOptions(parser);
    if (const auto exit = parse(parser, path, syntax, arguments, 0, 0))
        return *exit;
    Listing listing;
    if (const auto exit = readListing(parser, path, syntax, &listing))
        return *exit;
    auto bad = [&](const QString &message) {
        return usageError(path, syntax, message);
    };

    const bool cron = parser.isSet(cronOption);
    if (cron == parser.isSet(specOption))
        return bad(tr("Give either --cron EXPR or --spec JSON."));
    if (cron && !parser.isSet(tzOption))
        return bad(tr("Missing --tz ZONE: the time zone the cron expression is read in."));
    Schedule schedule;
    if (cron) {
        schedule.frequency = Schedule::Frequency::Cron;
        schedule.cron = parser.value(cronOption);
    } else {
        QByteArray text = parser.value(specOption).toUtf8();
        if (text == "-") {
            if (!in())
                return bad(tr("--spec -: there is no standard input to read."));
            text = in()->readAll();
        }
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(text, &error);
        if (error.error != QJsonParseError::NoError)
            return bad(tr("Bad --spec: not valid JSON: %1 at offset %2.")
                           .arg(error.errorString())
                           .arg(error.offset));
        if (!document.isObject())
            return bad(tr("Bad --spec: the schedule must be a JSON object."));
        const auto parsed = Schedule::fromJson(document.object());
        if (!parsed)
            return bad(tr("Bad --spec: %1").arg(parsed.error()));
        if (!parsed.value())
            return bad(tr("Bad --spec: the schedule is empty (an empty object means "
                          "\"not scheduled\")."));
        schedule = **parsed;
    }
    if (parser.isSet(tzOption))
        schedule.timeZone = parser.value(tzOption);

    if (const FieldErrors errors = schedule.validate(listing.after); !errors.isEmpty()) {
        // Name the option the user typed where there is one, else the field of the JSON.
        QStringList messages;
        for (const FieldError &e : errors) {
            QString where = QStringLiteral("--spec: %1").arg(e.field);
            if (e.field == QLatin1String("schedule.cron") && cron)
                where = QStringLiteral("--cron \"%1\"").arg(schedule.cron);
            else if (e.field == QLatin1String("schedule.timeZone") && parser.isSet(tzOption))
                where = QStringLiteral("--tz");
            else if (cron)
                where = e.field;
            messages.append(tr("Bad %1: %2").arg(where, e.message));
        }
        return bad(messages.join(QLatin1Char('\n')));
    }
    print(schedule, listing);
    return Success;
}

} // namespace reportdesk::cli
