#include "editors/ReportEditor.h"
#include "editors/ScheduleEditor.h"
#include "TestCatalog.h"
#include "WidgetLookup.h"
#include "domain/Schedule.h"
#include "scheduling/ScheduleCalculator.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QDateTimeEdit>
#include <QDir>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QRadioButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStackedWidget>
#include <QTabBar>
#include <QTabWidget>
#include <QTableWidget>
#include <QTest>
#include <QTimeEdit>
#include <QTimeZone>

using namespace reportdesk;

Q_DECLARE_METATYPE(reportdesk::Schedule)

namespace {

QDateTime utc(const char *iso)
{
    QDateTime t = QDateTime::fromString(QLatin1String(iso), Qt::ISODate);
    return t.toUTC();
}

QDateTime wall(const char *iso)
{
    // A wall-clock reading as the date/time edits hold it.
    QDateTime t = QDateTime::fromString(QLatin1String(iso), Qt::ISODate);
    return QDateTime(t.date(), t.time(), Qt::UTC);
}

Schedule berlinDaily(const QTime &time)
{
    Schedule s;
    s.frequency = Schedule::Frequency::Daily;
    s.time = time;
    s.timeZone = QStringLiteral("Europe/Berlin");
    return s;
}

bool hasError(const FieldErrors &errors, const char *field)
{
    return std::any_of(errors.cbegin(), errors.cend(),
                       [&](const FieldError &e) { return e.field == QLatin1String(field); });
}

} // namespace

class tst_ScheduleEditor : public QObject {
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void roundTripsEveryFrequency_data();
    void roundTripsEveryFrequency();
    void offIsAnEmptyObject();
    void widgetsBuildTheSchedule();
    void changingFrequencyShowsOnlyItsFields();
    void unknownZoneIsAnErrorAtTheField();
    void endBeforeStartIsAnErrorAtTheField();
    void monthlyShortMonthsChoiceAndNote();
    void nextRunsMarkDstMoveInBothZones();
    void fallBackRunsOnceAtTheFirstOccurrence();
    void pastOneOffSaysItNeverRunsAgain();
    void zonePickerFindsBerlinFromBerl();
    void summaryFollowsEdits();
    void keyboardReachesEveryField();
    void unreadableJsonIsAnErrorUntilReplaced();

    void badCronDisablesSaveInReportEditor();
    void reportEditorSavesAndReloadsTheSchedule();
    void reportEditorRevertRestoresTheSchedule();
    void mnemonicsAreUniqueBesideTheMainWindowMenus();

    void screenshots();

private:
    template <typename T> T *child(const char *name)
    {
        return test::findNamed<T>(m_editor.get(), name);
    }
    std::unique_ptr<ReportEditor> reportEditor(test::TestCatalog &catalog, Report *report);
    static bool shot(QWidget *widget, const QString &path);

    std::unique_ptr<ScheduleEditor> m_editor;
    const QDateTime m_now = utc("2026-03-27T12:00:00Z");
};

void tst_ScheduleEditor::init()
{
    m_editor = std::make_unique<ScheduleEditor>();
    m_editor->setNow(m_now);
    m_editor->resize(640, 900);
    m_editor->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_editor.get()));
}

void tst_ScheduleEditor::cleanup()
{
    m_editor.reset();
}

void tst_ScheduleEditor::roundTripsEveryFrequency_data()
{
    QTest::addColumn<Schedule>("schedule");
    auto add = [](const char *name, Schedule::Frequency f, auto tweak) {
        Schedule s;
        s.frequency = f;
        s.time = QTime(7, 45);
        s.timeZone = QStringLiteral("Europe/Berlin");
        tweak(s);
        QTest::newRow(name) << s;
    };
    using F = Schedule::Frequency;
    add("once", F::Once, [](Schedule &s) {
        s.start = utc("2026-06-01T09:30:00+02:00");
        s.catchUp.mode = CatchUpPolicy::Mode::Skip;
    });
    add("hourly", F::Hourly, [](Schedule &s) {
        s.time = QTime(0, 15);
        s.workdaysOnly = true;
    });
    add("daily", F::Daily, [](Schedule &s) {
        s.start = utc("2026-04-01T00:00:00+02:00");
        s.end = utc("2026-12-31T23:00:00+01:00");
    });
    add("weekly", F::Weekly, [](Schedule &s) {
        s.weekdays = {1, 3, 5};
        s.timeZone = QStringLiteral("America/New_York");
        s.catchUp = {CatchUpPolicy::Mode::RunEach, 3};
    });
    add("monthly", F::Monthly, [](Schedule &s) {
        s.dayOfMonth = 31;
        s.shortMonths = Schedule::ShortMonths::LastDay;
    });
    add("lastDayOfMonth", F::LastDayOfMonth,
        [](Schedule &s) { s.timeZone = QStringLiteral("Australia/Lord_Howe"); });
    add("interval minutes", F::Interval, [](Schedule &s) {
        s.intervalAmount = 90;
        s.intervalUnit = Schedule::IntervalUnit::Minutes;
        s.start = utc("2026-03-27T08:00:00+01:00");
    });
    add("interval months", F::Interval, [](Schedule &s) {
        s.intervalAmount = 2;
        s.intervalUnit = Schedule::IntervalUnit::Months;
        s.shortMonths = Schedule::ShortMonths::Skip;
        s.start = utc("2026-01-31T06:00:00+01:00");
    });
    add("cron", F::Cron, [](Schedule &s) {
        s.cron = QStringLiteral("0 30 6 * * MON-FRI");
        s.timeZone = QStringLiteral("UTC");
    });
}

void tst_ScheduleEditor::roundTripsEveryFrequency()
{
    QFETCH(Schedule, schedule);
    const QJsonObject json = schedule.toJson();
    m_editor->setScheduleJson(json);
    QCOMPARE(m_editor->scheduleJson(), json);
    QCOMPARE(m_editor->schedule().toJson(), json);
    QVERIFY2(m_editor->errors().isEmpty(), qPrintable(Validation::joined(m_editor->errors())));

    // The fields show the schedule.
    QVERIFY(child<QCheckBox>("scheduledCheck")->isChecked());
    QCOMPARE(child<QComboBox>("frequencyCombo")->currentIndex(), int(schedule.frequency));
    QCOMPARE(child<QComboBox>("scheduleZoneCombo")->currentText(), schedule.timeZone);
    QCOMPARE(child<QCheckBox>("startCheck")->isChecked(), schedule.start.isValid());
    QCOMPARE(child<QCheckBox>("endCheck")->isChecked(), schedule.end.isValid());
    QCOMPARE(child<QCheckBox>("workdaysOnlyCheck")->isChecked(), schedule.workdaysOnly);
    QCOMPARE(child<QComboBox>("catchUpCombo")->currentData().toInt(), int(schedule.catchUp.mode));
    const QTimeZone zone(schedule.timeZone.toUtf8());
    if (schedule.start.isValid()) {
        const QDateTime shown = child<QDateTimeEdit>("startEdit")->dateTime();
        const QDateTime expected = schedule.start.toTimeZone(zone);
        QCOMPARE(shown.date(), expected.date());
        QCOMPARE(shown.time(), expected.time());
    }
    if (schedule.end.isValid())
        QCOMPARE(child<QDateTimeEdit>("endEdit")->dateTime().time(),
                 schedule.end.toTimeZone(zone).time());
    using F = Schedule::Frequency;
    switch (schedule.frequency) {
    case F::Hourly:
        QCOMPARE(child<QSpinBox>("minuteSpin")->value(), schedule.time.minute());
        break;
    case F::Daily:
        QCOMPARE(child<QTimeEdit>("dailyTimeEdit")->time(), schedule.time);
        break;
    case F::Weekly:
        QCOMPARE(child<QTimeEdit>("weeklyTimeEdit")->time(), schedule.time);
        for (int d = 1; d <= 7; ++d)
            QCOMPARE(
                child<QCheckBox>(qPrintable(QStringLiteral("weekdayCheck%1").arg(d)))->isChecked(),
                schedule.weekdays.contains(d));
        QCOMPARE(child<QSpinBox>("catchUpLimitSpin")->value(), schedule.catchUp.limit);
        QVERIFY(child<QSpinBox>("catchUpLimitSpin")->isVisible());
        break;
    case F::Monthly:
        QCOMPARE(child<QSpinBox>("dayOfMonthSpin")->value(), schedule.dayOfMonth);
        QVERIFY(child<QRadioButton>("monthlyLastDayRadio")->isChecked());
        QCOMPARE(child<QTimeEdit>("monthlyTimeEdit")->time(), schedule.time);
        break;
    case F::LastDayOfMonth:
        QCOMPARE(child<QTimeEdit>("lastDayTimeEdit")->time(), schedule.time);
        break;
    case F::Interval:
        QCOMPARE(child<QSpinBox>("intervalSpin")->value(), schedule.intervalAmount);
        QCOMPARE(child<QComboBox>("intervalUnitCombo")->currentIndex(), int(schedule.intervalUnit));
        QCOMPARE(child<QRadioButton>("intervalSkipRadio")->isVisible(),
                 schedule.intervalUnit == Schedule::IntervalUnit::Months);
        break;
    case F::Cron:
        QCOMPARE(child<QLineEdit>("cronEdit")->text(), schedule.cron);
        break;
    case F::Once:
        break;
    }
}

void tst_ScheduleEditor::offIsAnEmptyObject()
{
    m_editor->setScheduleJson(berlinDaily(QTime(6, 0)).toJson());
    auto *scheduled = child<QCheckBox>("scheduledCheck");
    QSignalSpy edited(m_editor.get(), &ScheduleEditor::edited);
    scheduled->setChecked(false);
    QCOMPARE(edited.count(), 1);
    QCOMPARE(m_editor->scheduleJson(), QJsonObject());
    QVERIFY(!child<QWidget>("scheduleFields")->isEnabled());
    QVERIFY(child<QLabel>("nextRunsMessage")->isVisible());
    QVERIFY(m_editor->errors().isEmpty());
    // Back on: the values are still there.
    scheduled->setChecked(true);
    QCOMPARE(m_editor->scheduleJson(), berlinDaily(QTime(6, 0)).toJson());

    // A new schedule starts at 08:00 daily in the default zone.
    m_editor->setDefaultTimeZone(QStringLiteral("Asia/Tokyo"));
    m_editor->setScheduleJson({});
    QVERIFY(!scheduled->isChecked());
    QCOMPARE(m_editor->scheduleJson(), QJsonObject());
    scheduled->setChecked(true);
    Schedule expected;
    expected.frequency = Schedule::Frequency::Daily;
    expected.time = QTime(8, 0);
    expected.timeZone = QStringLiteral("Asia/Tokyo");
    QCOMPARE(m_editor->scheduleJson(), expected.toJson());
}

void tst_ScheduleEditor::widgetsBuildTheSchedule()
{
    m_editor->setDefaultTimeZone(QStringLiteral("Europe/Berlin"));
    m_editor->setScheduleJson({});
    child<QCheckBox>("scheduledCheck")->setChecked(true);

    // Weekly on Tuesday and Thursday at 17:30, running each missed run up to 5.
    child<QComboBox>("frequencyCombo")->setCurrentIndex(int(Schedule::Frequency::Weekly));
    for (int d = 1; d <= 7; ++d)
        child<QCheckBox>(qPrintable(QStringLiteral("weekdayCheck%1").arg(d)))
            ->setChecked(d == 2 || d == 4);
    child<QTimeEdit>("weeklyTimeEdit")->setTime(QTime(17, 30));
    auto *catchUp = child<QComboBox>("catchUpCombo");
    catchUp->setCurrentIndex(catchUp->findData(int(CatchUpPolicy::Mode::RunEach)));
    child<QSpinBox>("catchUpLimitSpin")->setValue(5);
    child<QCheckBox>("endCheck")->setChecked(true);
    child<QDateTimeEdit>("endEdit")->setDateTime(wall("2026-10-25T02:30:00"));

    Schedule expected;
    expected.frequency = Schedule::Frequency::Weekly;
    expected.weekdays = {2, 4};
    expected.time = QTime(17, 30);
    expected.timeZone = QStringLiteral("Europe/Berlin");
    expected.catchUp = {CatchUpPolicy::Mode::RunEach, 5};
    // 02:30 occurs twice that night: the end is its first occurrence (CEST).
    expected.end = utc("2026-10-25T02:30:00+02:00");
    QCOMPARE(m_editor->scheduleJson(), expected.toJson());

    // The same time of day shows on the other pages; cron through the line edit.
    child<QComboBox>("frequencyCombo")->setCurrentIndex(int(Schedule::Frequency::Daily));
    QCOMPARE(child<QTimeEdit>("dailyTimeEdit")->time(), QTime(17, 30));
    child<QComboBox>("frequencyCombo")->setCurrentIndex(int(Schedule::Frequency::Cron));
    auto *cron = child<QLineEdit>("cronEdit");
    cron->setFocus();
    cron->selectAll();
    QTest::keyClicks(cron, QStringLiteral("*/15 9-17 * * MON-FRI"));
    expected.frequency = Schedule::Frequency::Cron;
    expected.cron = QStringLiteral("*/15 9-17 * * MON-FRI");
    QCOMPARE(m_editor->scheduleJson(), expected.toJson());

    // Interval: every 3 days from a start typed in the zone's wall clock.
    child<QComboBox>("frequencyCombo")->setCurrentIndex(int(Schedule::Frequency::Interval));
    QVERIFY(child<QCheckBox>("startCheck")->isChecked()); // an interval needs one
    child<QSpinBox>("intervalSpin")->setValue(3);
    child<QComboBox>("intervalUnitCombo")->setCurrentIndex(int(Schedule::IntervalUnit::Days));
    child<QDateTimeEdit>("startEdit")->setDateTime(wall("2026-04-02T07:00:00"));
    expected.frequency = Schedule::Frequency::Interval;
    expected.intervalAmount = 3;
    expected.intervalUnit = Schedule::IntervalUnit::Days;
    expected.start = utc("2026-04-02T07:00:00+02:00");
    QCOMPARE(m_editor->scheduleJson(), expected.toJson());

    // Another zone keeps the wall-clock readings of start and end.
    auto *zone = child<QComboBox>("scheduleZoneCombo");
    zone->setCurrentIndex(zone->findText(QStringLiteral("America/New_York")));
    expected.timeZone = QStringLiteral("America/New_York");
    expected.start = utc("2026-04-02T07:00:00-04:00");
    expected.end = utc("2026-10-25T02:30:00-04:00");
    QCOMPARE(m_editor->scheduleJson(), expected.toJson());
}

void tst_ScheduleEditor::changingFrequencyShowsOnlyItsFields()
{
    m_editor->setScheduleJson(berlinDaily(QTime(9, 0)).toJson());
    struct Fields {
        Schedule::Frequency frequency;
        QList<const char *> visible;
    };
    const QList<const char *> all{"minuteSpin",        "dailyTimeEdit",   "weekdayCheck1",
                                  "weeklyTimeEdit",    "dayOfMonthSpin",  "monthlySkipRadio",
                                  "monthlyTimeEdit",   "lastDayTimeEdit", "intervalSpin",
                                  "intervalUnitCombo", "cronEdit",        "onceHint"};
    using F = Schedule::Frequency;
    const QList<Fields> expectations{
        {F::Once, {"onceHint"}},
        {F::Hourly, {"minuteSpin"}},
        {F::Daily, {"dailyTimeEdit"}},
        {F::Weekly, {"weekdayCheck1", "weeklyTimeEdit"}},
        {F::Monthly, {"dayOfMonthSpin", "monthlySkipRadio", "monthlyTimeEdit"}},
        {F::LastDayOfMonth, {"lastDayTimeEdit"}},
        {F::Interval, {"intervalSpin", "intervalUnitCombo"}},
        {F::Cron, {"cronEdit"}},
    };
    auto *zone = child<QComboBox>("scheduleZoneCombo");
    for (int pass = 0; pass < 3; ++pass)
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
    const QPoint zoneAt = zone->mapTo(m_editor.get(), QPoint());
    for (const Fields &f : expectations) {
        child<QComboBox>("frequencyCombo")->setCurrentIndex(int(f.frequency));
        for (int pass = 0; pass < 3; ++pass)
            QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
        for (const char *name : all) {
            const bool shown = child<QWidget>(name)->isVisible();
            QVERIFY2(
                shown == f.visible.contains(name),
                qPrintable(QStringLiteral("%1 for frequency %2")
                               .arg(QLatin1String(name), Schedule::frequencyName(f.frequency))));
        }
        // The fields below the frequency's own never move.
        QCOMPARE(zone->mapTo(m_editor.get(), QPoint()), zoneAt);
        QCOMPARE(m_editor->schedule().frequency, f.frequency);
    }
    // Cron starts from what the schedule did before (daily at 09:00), not from nothing.
    QCOMPARE(child<QLineEdit>("cronEdit")->text(), QStringLiteral("0 9 * * *"));
    QVERIFY(m_editor->errors().isEmpty());
}

void tst_ScheduleEditor::unknownZoneIsAnErrorAtTheField()
{
    m_editor->setScheduleJson(berlinDaily(QTime(9, 0)).toJson());
    auto *zone = child<QComboBox>("scheduleZoneCombo");
    auto *label = child<QLabel>("scheduleZoneErrorLabel");
    QVERIFY(!label->isVisible());
    zone->lineEdit()->selectAll();
    QTest::keyClicks(zone->lineEdit(), QStringLiteral("Mars/Olympus"));
    QCOMPARE(m_editor->schedule().timeZone, QStringLiteral("Mars/Olympus"));
    QVERIFY(hasError(m_editor->errors(), "schedule.timeZone"));
    QVERIFY(label->isVisible());
    QVERIFY2(label->text().contains(QStringLiteral("Mars/Olympus")), qPrintable(label->text()));
    QVERIFY(zone->property("reportdeskError").toBool());
    QVERIFY(child<QLabel>("nextRunsMessage")->isVisible());
    QVERIFY(child<QLabel>("nextRunsMessage")->text().contains(label->text()));

    // A word Qt would read as a POSIX TZ rule ("berl" = UTC named berl) is no zone either.
    zone->lineEdit()->selectAll();
    QTest::keyClicks(zone->lineEdit(), QStringLiteral("berl"));
    QVERIFY(hasError(m_editor->errors(), "schedule.timeZone"));
    QVERIFY2(label->text().contains(QStringLiteral("\"berl\"")), qPrintable(label->text()));
    QVERIFY(child<QLabel>("scheduleZoneOffsetLabel")->text().isEmpty());

    zone->lineEdit()->selectAll();
    QTest::keyClicks(zone->lineEdit(), QStringLiteral("Europe/Paris"));
    QVERIFY(m_editor->errors().isEmpty());
    QVERIFY(!label->isVisible());
    QVERIFY(child<QTableWidget>("nextRunsTable")->isVisible());
}

void tst_ScheduleEditor::endBeforeStartIsAnErrorAtTheField()
{
    Schedule s = berlinDaily(QTime(9, 0));
    s.start = utc("2026-05-01T08:00:00+02:00");
    m_editor->setScheduleJson(s.toJson());
    auto *label = child<QLabel>("endErrorLabel");
    child<QCheckBox>("endCheck")->setChecked(true);
    QVERIFY(m_editor->errors().isEmpty()); // the offered end follows the start
    child<QDateTimeEdit>("endEdit")->setDateTime(wall("2026-04-01T08:00:00"));
    QVERIFY(hasError(m_editor->errors(), "schedule.end"));
    QVERIFY(label->isVisible());
    QVERIFY2(label->text().contains(QStringLiteral("2026-04-01 08:00")) &&
                 label->text().contains(QStringLiteral("before the start")),
             qPrintable(label->text()));
    QVERIFY(child<QLabel>("nextRunsMessage")->isVisible());
    child<QCheckBox>("endCheck")->setChecked(false);
    QVERIFY(!label->isVisible());
    QVERIFY(m_editor->errors().isEmpty());
}

void tst_ScheduleEditor::monthlyShortMonthsChoiceAndNote()
{
    Schedule s = berlinDaily(QTime(6, 0));
    s.frequency = Schedule::Frequency::Monthly;
    s.dayOfMonth = 15;
    m_editor->setScheduleJson(s.toJson());
    auto *note = child<QLabel>("dayOfMonthNoteLabel");
    QVERIFY(!note->isVisible());
    child<QSpinBox>("dayOfMonthSpin")->setValue(31);
    QVERIFY(note->isVisible());
    QVERIFY2(note->text().contains(QStringLiteral("skipped")) &&
                 note->text().contains(QStringLiteral("April")),
             qPrintable(note->text()));
    child<QRadioButton>("monthlyLastDayRadio")->setChecked(true);
    QCOMPARE(m_editor->schedule().shortMonths, Schedule::ShortMonths::LastDay);
    QVERIFY2(note->text().contains(QStringLiteral("last day")), qPrintable(note->text()));
    QCOMPARE(note->text(), m_editor->schedule().notes().first().message);
    // April 30 is in the list of runs.
    QVERIFY(child<QTableWidget>("nextRunsTable")
                ->item(1, 0)
                ->text()
                .contains(QStringLiteral("2026-04-30 06:00")));
}

void tst_ScheduleEditor::nextRunsMarkDstMoveInBothZones()
{
    m_editor->setScheduleJson(berlinDaily(QTime(2, 30)).toJson());
    auto *table = child<QTableWidget>("nextRunsTable");
    QVERIFY(table->isVisible());
    QCOMPARE(table->horizontalHeaderItem(0)->text(), QStringLiteral("Europe/Berlin"));
    const QTimeZone local = QTimeZone::systemTimeZone();
    QVERIFY(table->horizontalHeaderItem(1)->text().contains(QString::fromUtf8(local.id())));

    const QList<QDateTime> runs = ScheduleCalculator::nextN(m_editor->schedule(), m_now, 10);
    QCOMPARE(runs.size(), 10);
    QCOMPARE(runs.at(1), utc("2026-03-29T03:00:00+02:00"));
    for (int r = 0; r < 10; ++r) {
        const QString inZone = table->item(r, 0)->text();
        const QString inLocal = table->item(r, 1)->text();
        const QDateTime localTime = runs.at(r).toTimeZone(local);
        QVERIFY2(inLocal.contains(localTime.toString(QStringLiteral("yyyy-MM-dd HH:mm"))),
                 qPrintable(inLocal));
        const bool moved = r == 1;
        QCOMPARE(table->item(r, 2)->text().isEmpty(), !moved);
        if (r == 0)
            QVERIFY2(inZone.contains(QStringLiteral("2026-03-28 02:30 UTC+1")), qPrintable(inZone));
        if (r == 2)
            QVERIFY2(inZone.contains(QStringLiteral("2026-03-30 02:30 UTC+2")), qPrintable(inZone));
    }
    const QString moved = table->item(1, 0)->text();
    QVERIFY2(moved.contains(QStringLiteral("2026-03-29 03:00 UTC+2")), qPrintable(moved));
    QVERIFY(table->item(1, 2)->text().contains(QStringLiteral("DST")));
    QVERIFY(!table->item(1, 2)->icon().isNull());
    const QString why = table->item(1, 2)->toolTip();
    QVERIFY2(why.contains(QStringLiteral("02:30 does not exist")) &&
                 why.contains(QStringLiteral("runs at 03:00")),
             qPrintable(why));
    QCOMPARE(table->item(1, 0)->toolTip(), why);
    // Visible without hovering too.
    auto *footnote = child<QLabel>("nextRunsFootnote");
    QVERIFY(footnote->isVisible());
    QVERIFY(footnote->text().contains(why));
}

void tst_ScheduleEditor::fallBackRunsOnceAtTheFirstOccurrence()
{
    m_editor->setNow(utc("2026-10-23T12:00:00Z"));
    m_editor->setScheduleJson(berlinDaily(QTime(2, 30)).toJson());
    auto *table = child<QTableWidget>("nextRunsTable");
    QVERIFY(table->item(1, 0)->text().contains(QStringLiteral("2026-10-25 02:30 UTC+2")));
    QVERIFY(table->item(2, 0)->text().contains(QStringLiteral("2026-10-26 02:30 UTC+1")));
    QVERIFY(table->item(1, 2)->text().isEmpty()); // not moved: it runs at its time, once
}

void tst_ScheduleEditor::pastOneOffSaysItNeverRunsAgain()
{
    Schedule s = berlinDaily(QTime(0, 0));
    s.frequency = Schedule::Frequency::Once;
    s.start = utc("2026-03-01T10:00:00+01:00");
    m_editor->setScheduleJson(s.toJson());
    QVERIFY(hasError(m_editor->errors(), "schedule.start"));
    QVERIFY(child<QLabel>("startErrorLabel")->isVisible());
    const QString message = child<QLabel>("nextRunsMessage")->text();
    QVERIFY2(message.contains(QStringLiteral("never run again")), qPrintable(message));

    // Seen from before the run, it is fine and lists its one run.
    QSignalSpy errorsChanged(m_editor.get(), &ScheduleEditor::errorsChanged);
    m_editor->setNow(utc("2026-02-01T00:00:00Z"));
    QCOMPARE(errorsChanged.count(), 1);
    QVERIFY(m_editor->errors().isEmpty());
    auto *table = child<QTableWidget>("nextRunsTable");
    QVERIFY(table->item(0, 0)->text().contains(QStringLiteral("2026-03-01 10:00")));
    QVERIFY(table->item(1, 0)->text().isEmpty());
    QVERIFY(child<QLabel>("nextRunsFootnote")->text().contains(QStringLiteral("runs once")));
}

void tst_ScheduleEditor::zonePickerFindsBerlinFromBerl()
{
    m_editor->setScheduleJson(berlinDaily(QTime(9, 0)).toJson());
    auto *zone = child<QComboBox>("scheduleZoneCombo");
    zone->setCurrentIndex(zone->findText(QStringLiteral("UTC")));
    QCOMPARE(m_editor->schedule().timeZone, QStringLiteral("UTC"));
    m_editor->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_editor.get()));
    zone->setFocus();
    zone->lineEdit()->selectAll();
    QTest::keyClicks(zone->lineEdit(), QStringLiteral("berl"));
    QCompleter *completer = zone->completer();
    QVERIFY(completer);
    QAbstractItemModel *matches = completer->completionModel();
    QStringList found;
    for (int r = 0; r < matches->rowCount(); ++r)
        found.append(matches->index(r, 0).data(Qt::EditRole).toString());
    QVERIFY2(found.contains(QStringLiteral("Europe/Berlin")), qPrintable(found.join(u',')));
    // Each entry shows its current offset beside it.
    const int row = int(found.indexOf(QStringLiteral("Europe/Berlin")));
    QVERIFY2(matches->index(row, 0)
                 .data(Qt::AccessibleTextRole)
                 .toString()
                 .contains(QStringLiteral("UTC+1")),
             qPrintable(matches->index(row, 0).data(Qt::AccessibleTextRole).toString()));
    QTRY_VERIFY(completer->popup()->isVisible());
    completer->popup()->setCurrentIndex(matches->index(row, 0));
    QTest::keyClick(completer->popup(), Qt::Key_Return);
    QCOMPARE(zone->currentText(), QStringLiteral("Europe/Berlin"));
    QCOMPARE(m_editor->schedule().timeZone, QStringLiteral("Europe/Berlin"));
    QVERIFY(m_editor->errors().isEmpty());

    // Upper case and the middle of a name work too.
    zone->lineEdit()->selectAll();
    QTest::keyClicks(zone->lineEdit(), QStringLiteral("YORK"));
    found.clear();
    for (int r = 0; r < matches->rowCount(); ++r)
        found.append(matches->index(r, 0).data(Qt::EditRole).toString());
    QVERIFY2(found.contains(QStringLiteral("America/New_York")), qPrintable(found.join(u',')));
}

void tst_ScheduleEditor::summaryFollowsEdits()
{
    m_editor->setScheduleJson(berlinDaily(QTime(8, 0)).toJson());
    auto *summary = child<QLabel>("scheduleSummaryLabel");
    QCOMPARE(summary->text(), QStringLiteral("Every day at 08:00, Europe/Berlin"));
    child<QTimeEdit>("dailyTimeEdit")->setTime(QTime(9, 15));
    QCOMPARE(summary->text(), QStringLiteral("Every day at 09:15, Europe/Berlin"));
    child<QCheckBox>("workdaysOnlyCheck")->setChecked(true);
    QCOMPARE(summary->text(), QStringLiteral("Every weekday at 09:15, Europe/Berlin"));
    child<QComboBox>("frequencyCombo")->setCurrentIndex(int(Schedule::Frequency::LastDayOfMonth));
    QVERIFY2(summary->text().startsWith(QStringLiteral("On the last day of each month at 09:15")),
             qPrintable(summary->text()));
    QCOMPARE(summary->text(), m_editor->schedule().summary());
    child<QCheckBox>("scheduledCheck")->setChecked(false);
    QVERIFY(summary->text().startsWith(QStringLiteral("Not scheduled")));
}

void tst_ScheduleEditor::keyboardReachesEveryField()
{
    Schedule s = berlinDaily(QTime(8, 0));
    s.frequency = Schedule::Frequency::Weekly;
    s.weekdays = {1};
    s.start = utc("2026-04-01T00:00:00+02:00");
    s.end = utc("2026-12-01T00:00:00+01:00");
    s.catchUp = {CatchUpPolicy::Mode::RunEach, 4};
    m_editor->setScheduleJson(s.toJson());
    m_editor->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_editor.get()));
    auto *first = child<QCheckBox>("scheduledCheck");
    first->setFocus();
    QTRY_COMPARE(QApplication::focusWidget(), first);

    QSet<QWidget *> reached;
    for (int i = 0; i < 60; ++i) {
        QWidget *focus = QApplication::focusWidget();
        QVERIFY(focus);
        reached.insert(focus);
        QTest::keyClick(focus, Qt::Key_Tab);
        if (QApplication::focusWidget() == first)
            break;
    }
    const char *fields[] = {
        "scheduledCheck", "frequencyCombo",   "weekdayCheck1", "weekdayCheck7", "weeklyTimeEdit",
        "startCheck",     "startEdit",        "endCheck",      "endEdit",       "workdaysOnlyCheck",
        "catchUpCombo",   "catchUpLimitSpin", "nextRunsTable"};
    for (const char *name : fields) {
        QWidget *w = child<QWidget>(name);
        QVERIFY2(reached.contains(w), name);
        QVERIFY2(!w->accessibleName().isEmpty() || qobject_cast<QCheckBox *>(w), name);
    }
    auto *zone = child<QComboBox>("scheduleZoneCombo");
    QVERIFY(reached.contains(zone) || reached.contains(zone->lineEdit()));
    QVERIFY(!zone->accessibleName().isEmpty());

    // Every label with a mnemonic has a buddy.
    for (QLabel *label : m_editor->findChildren<QLabel *>()) {
        if (label->text().contains(QLatin1Char('&')) && label->textFormat() != Qt::RichText &&
            !label->text().contains(QLatin1String("&&")))
            QVERIFY2(label->buddy(), qPrintable(label->text()));
    }
    // Alt+Z goes to the time zone.
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Z, Qt::AltModifier);
    QTRY_VERIFY(QApplication::focusWidget() == zone ||
                QApplication::focusWidget() == zone->lineEdit());
}

void tst_ScheduleEditor::unreadableJsonIsAnErrorUntilReplaced()
{
    const QJsonObject broken{{QStringLiteral("frequency"), QStringLiteral("fortnightly")}};
    m_editor->setScheduleJson(broken);
    QVERIFY(hasError(m_editor->errors(), "schedule"));
    QCOMPARE(m_editor->scheduleJson(), broken); // nothing changes by looking at it
    QVERIFY(child<QLabel>("scheduleErrorLabel")->isVisible());
    QVERIFY(child<QLabel>("scheduleErrorLabel")->text().contains(QStringLiteral("fortnightly")));
    child<QTimeEdit>("dailyTimeEdit")->setTime(QTime(7, 0));
    QVERIFY(m_editor->errors().isEmpty());
    QCOMPARE(m_editor->scheduleJson().value(QStringLiteral("frequency")).toString(),
             QStringLiteral("daily"));
}

// ------------------------------------------------------------------- in the report editor

std::unique_ptr<ReportEditor> tst_ScheduleEditor::reportEditor(test::TestCatalog &catalog,
                                                               Report *report)
{
    const Folder folder = catalog.addFolder(QStringLiteral("Ops"));
    *report = catalog.addReport(folder.id, QStringLiteral("Nightly"));
    report->timeZone = QStringLiteral("Europe/Berlin");
    auto editor = std::make_unique<ReportEditor>(catalog.get());
    test::findNamed<ScheduleEditor>(editor.get(), "scheduleEditor")->setNow(m_now);
    editor->resize(640, 720);
    editor->setReport(*report);
    editor->show();
    auto *tabs = test::findNamed<QTabWidget>(editor.get(), "reportEditorTabs");
    for (int t = 0; t < tabs->count(); ++t) {
        if (tabs->tabText(t) == QStringLiteral("&Schedule"))
            tabs->setCurrentIndex(t);
    }
    return editor;
}

void tst_ScheduleEditor::badCronDisablesSaveInReportEditor()
{
    test::TestCatalog catalog;
    Report report;
    auto editor = reportEditor(catalog, &report);
    QVERIFY(QTest::qWaitForWindowExposed(editor.get()));
    QVERIFY(editor->isValid());
    QSignalSpy validity(editor.get(), &ReportEditor::validityChanged);
    test::findNamed<QCheckBox>(editor.get(), "scheduledCheck")->setChecked(true);
    QVERIFY(editor->isModified());
    QCOMPARE(editor->report().schedule.value(QStringLiteral("timeZone")).toString(),
             QStringLiteral("Europe/Berlin")); // the report's zone
    test::findNamed<QComboBox>(editor.get(), "frequencyCombo")
        ->setCurrentIndex(int(Schedule::Frequency::Cron));
    auto *cron = test::findNamed<QLineEdit>(editor.get(), "cronEdit");
    cron->setFocus();
    cron->selectAll();
    QTest::keyClicks(cron, QStringLiteral("0 25 * * *"));
    QVERIFY(!editor->isValid());
    QVERIFY(!validity.isEmpty());
    QCOMPARE(validity.last().first().toBool(), false);
    QVERIFY(hasError(editor->errors(), "schedule.cron"));
    auto *label = test::findNamed<QLabel>(editor.get(), "cronErrorLabel");
    QVERIFY(label->isVisible());
    QVERIFY2(label->text().contains(QStringLiteral("hour field")) &&
                 label->text().contains(QStringLiteral("25")),
             qPrintable(label->text()));
    auto *summary = test::findNamed<QLabel>(editor.get(), "errorSummaryLabel");
    QVERIFY(summary->isVisible());
    QVERIFY(summary->text().contains(label->text().toHtmlEscaped()));
    auto *tabs = test::findNamed<QTabWidget>(editor.get(), "reportEditorTabs");
    QVERIFY(tabs->tabBar()->tabTextColor(tabs->currentIndex()).isValid());
    // The schedule as typed is in report(), so a failed save shows the same message.
    QCOMPARE(editor->report().schedule.value(QStringLiteral("cron")).toString(),
             QStringLiteral("0 25 * * *"));

    // Clicking the summary's link goes to the field.
    tabs->setCurrentIndex(0);
    emit summary->linkActivated(QStringLiteral("schedule.cron"));
    QVERIFY(tabs->currentWidget()->isAncestorOf(cron));

    cron->selectAll();
    QTest::keyClicks(cron, QStringLiteral("0 23 * * *"));
    QVERIFY(editor->isValid());
    QCOMPARE(validity.last().first().toBool(), true);
    QVERIFY(!label->isVisible());
    QVERIFY(!summary->isVisible());
}

void tst_ScheduleEditor::reportEditorSavesAndReloadsTheSchedule()
{
    test::TestCatalog catalog;
    Report report;
    auto editor = reportEditor(catalog, &report);
    QVERIFY(!editor->isModified());
    QCOMPARE(editor->report().schedule, QJsonObject());

    test::findNamed<QCheckBox>(editor.get(), "scheduledCheck")->setChecked(true);
    test::findNamed<QComboBox>(editor.get(), "frequencyCombo")
        ->setCurrentIndex(int(Schedule::Frequency::Monthly));
    test::findNamed<QSpinBox>(editor.get(), "dayOfMonthSpin")->setValue(31);
    test::findNamed<QRadioButton>(editor.get(), "monthlyLastDayRadio")->setChecked(true);
    test::findNamed<QTimeEdit>(editor.get(), "monthlyTimeEdit")->setTime(QTime(2, 30));
    test::findNamed<QCheckBox>(editor.get(), "workdaysOnlyCheck")->setChecked(true);
    QVERIFY(editor->isModified());
    QVERIFY(editor->isValid());
    const Report edited = editor->report();
    QCOMPARE(edited.schedule,
             test::findNamed<ScheduleEditor>(editor.get(), "scheduleEditor")->scheduleJson());

    const Result<Report> saved = catalog->saveReport(edited);
    QVERIFY2(saved.ok(), qPrintable(saved.error()));
    // As after a restart: a new catalog connection and a new editor.
    editor.reset();
    catalog.reopen();
    editor = std::make_unique<ReportEditor>(catalog.get());
    editor->resize(640, 900);
    editor->show();
    auto *scheduleEditor = test::findNamed<ScheduleEditor>(editor.get(), "scheduleEditor");
    scheduleEditor->setNow(m_now);
    const std::optional<Report> stored = catalog->report(edited.id);
    QVERIFY(stored);
    QCOMPARE(stored->schedule, edited.schedule);
    const auto parsed = Schedule::fromJson(stored->schedule);
    QVERIFY(parsed.ok() && parsed->has_value());
    QCOMPARE((*parsed)->dayOfMonth, 31);
    QCOMPARE((*parsed)->shortMonths, Schedule::ShortMonths::LastDay);
    QCOMPARE((*parsed)->time, QTime(2, 30));
    QCOMPARE((*parsed)->timeZone, QStringLiteral("Europe/Berlin"));

    editor->setReport(*stored);
    QVERIFY(!editor->isModified());
    QCOMPARE(editor->report().schedule, edited.schedule);
    QCOMPARE(scheduleEditor->scheduleJson(), edited.schedule);
    QCOMPARE(test::findNamed<QSpinBox>(editor.get(), "dayOfMonthSpin")->value(), 31);

    // Turning it off stores an empty object: not scheduled.
    test::findNamed<QCheckBox>(editor.get(), "scheduledCheck")->setChecked(false);
    QVERIFY(editor->isModified());
    QCOMPARE(editor->report().schedule, QJsonObject());
    QVERIFY(catalog->saveReport(editor->report()).ok());
    QCOMPARE(catalog->report(edited.id)->schedule, QJsonObject());
}

void tst_ScheduleEditor::reportEditorRevertRestoresTheSchedule()
{
    test::TestCatalog catalog;
    Report report;
    report.schedule = {};
    auto editor = reportEditor(catalog, &report);
    Report scheduled = report;
    Schedule s = berlinDaily(QTime(6, 0));
    // Written by hand or by an older version: extra fields and no offset on the start.
    QJsonObject json = s.toJson();
    json.insert(QStringLiteral("weekdays"), QJsonArray{QStringLiteral("mon")});
    json.insert(QStringLiteral("start"), QStringLiteral("2026-04-01T00:00:00"));
    scheduled.schedule = json;
    editor->setReport(scheduled);
    QVERIFY(!editor->isModified());

    auto *time = test::findNamed<QTimeEdit>(editor.get(), "dailyTimeEdit");
    time->setTime(QTime(7, 0));
    QVERIFY(editor->isModified());
    // Edited back: the stored JSON, as written, is kept and nothing is modified.
    time->setTime(QTime(6, 0));
    QVERIFY(!editor->isModified());
    QCOMPARE(editor->report().schedule, json);

    test::findNamed<QComboBox>(editor.get(), "frequencyCombo")
        ->setCurrentIndex(int(Schedule::Frequency::Hourly));
    QVERIFY(editor->isModified());
    editor->revert();
    QVERIFY(!editor->isModified());
    QCOMPARE(editor->report().schedule, json);
    QCOMPARE(test::findNamed<QComboBox>(editor.get(), "frequencyCombo")->currentIndex(),
             int(Schedule::Frequency::Daily));
    QCOMPARE(time->time(), QTime(6, 0));
}

void tst_ScheduleEditor::mnemonicsAreUniqueBesideTheMainWindowMenus()
{
    test::TestCatalog catalog;
    Report report;
    auto editor = reportEditor(catalog, &report);
    QVERIFY(QTest::qWaitForWindowExposed(editor.get()));
    test::findNamed<QCheckBox>(editor.get(), "scheduledCheck")->setChecked(true);
    auto mnemonic = [](const QString &text) -> QChar {
        for (qsizetype i = 0; i + 1 < text.size(); ++i) {
            if (text.at(i) == QLatin1Char('&')) {
                if (text.at(i + 1) != QLatin1Char('&'))
                    return text.at(i + 1).toUpper();
                ++i;
            }
        }
        return {};
    };
    auto *frequency = test::findNamed<QComboBox>(editor.get(), "frequencyCombo");
    for (int f = 0; f < frequency->count(); ++f) {
        frequency->setCurrentIndex(f);
        // The main window's menus: File, Edit, Report, View, Help.
        QHash<QChar, QString> taken{{u'F', QStringLiteral("menu")},
                                    {u'E', QStringLiteral("menu")},
                                    {u'R', QStringLiteral("menu")},
                                    {u'V', QStringLiteral("menu")},
                                    {u'H', QStringLiteral("menu")}};
        // The tabs' own letters (not checked here: "Time && &variables" shares V with View).
        auto *tabs = test::findNamed<QTabWidget>(editor.get(), "reportEditorTabs");
        for (int t = 0; t < tabs->count(); ++t)
            taken.insert(mnemonic(tabs->tabText(t)), tabs->tabText(t));
        QStringList texts;
        for (QLabel *label : editor->findChildren<QLabel *>()) {
            if (label->isVisible() && label->buddy())
                texts.append(label->text());
        }
        for (QAbstractButton *button : editor->findChildren<QAbstractButton *>()) {
            if (button->isVisible())
                texts.append(button->text());
        }
        for (const QString &text : std::as_const(texts)) {
            const QChar key = mnemonic(text);
            if (key.isNull())
                continue;
            QVERIFY2(
                !taken.contains(key),
                qPrintable(
                    QStringLiteral("%1 in \"%2\" and \"%3\"").arg(key, text, taken.value(key))));
            taken.insert(key, text);
        }
    }
}

// ------------------------------------------------------------------------------- pictures

bool tst_ScheduleEditor::shot(QWidget *widget, const QString &path)
{
    for (int pass = 0; pass < 3; ++pass)
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
    return widget->grab().save(path);
}

void tst_ScheduleEditor::screenshots()
{
    const QString dir = qEnvironmentVariable("REPORTDESK_SHOTS_DIR");
    if (dir.isEmpty())
        QSKIP("set REPORTDESK_SHOTS_DIR to write screenshots");
    QDir().mkpath(dir);
    test::TestCatalog catalog;
    Report report;
    auto editor = reportEditor(catalog, &report);
    QVERIFY(QTest::qWaitForWindowExposed(editor.get()));
    auto *scheduleEditor = test::findNamed<ScheduleEditor>(editor.get(), "scheduleEditor");
    scheduleEditor->setNow(utc("2026-03-24T09:00:00Z"));
    QVERIFY(shot(editor.get(), dir + QStringLiteral("/schedule-editor-off.png")));

    Schedule daily = berlinDaily(QTime(2, 30));
    daily.start = utc("2026-03-01T00:00:00+01:00");
    daily.catchUp = {CatchUpPolicy::Mode::RunEach, 3};
    report.schedule = daily.toJson();
    editor->setReport(report);
    QVERIFY(shot(editor.get(), dir + QStringLiteral("/schedule-editor.png")));

    test::findNamed<QComboBox>(editor.get(), "frequencyCombo")
        ->setCurrentIndex(int(Schedule::Frequency::Monthly));
    test::findNamed<QSpinBox>(editor.get(), "dayOfMonthSpin")->setValue(31);
    QVERIFY(shot(editor.get(), dir + QStringLiteral("/schedule-editor-monthly.png")));

    test::findNamed<QComboBox>(editor.get(), "frequencyCombo")
        ->setCurrentIndex(int(Schedule::Frequency::Cron));
    auto *cron = test::findNamed<QLineEdit>(editor.get(), "cronEdit");
    cron->setFocus();
    cron->selectAll();
    QTest::keyClicks(cron, QStringLiteral("0 25 * * *"));
    QVERIFY(shot(editor.get(), dir + QStringLiteral("/schedule-editor-error.png")));

    editor->resize(540, 760); // the editor's width in the main window by default
    cron->selectAll();
    QTest::keyClicks(cron, QStringLiteral("30 2 * * SUN"));
    scheduleEditor->setNow(utc("2026-10-01T09:00:00Z"));
    QVERIFY(shot(editor.get(), dir + QStringLiteral("/schedule-editor-narrow.png")));
}

QTEST_MAIN(tst_ScheduleEditor)
#include "tst_scheduleeditor.moc"
