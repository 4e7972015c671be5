#pragma once

#include "domain/Schedule.h"
#include "domain/Validation.h"

#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QRadioButton;
class QSpinBox;
class QStackedWidget;
class QTableWidget;
class QTimeEdit;
class QTimer;

namespace reportdesk {

// Edits one report's schedule (DESIGN.md section 2): on/off, the fields of the chosen
// frequency, time zone, start/end, workdays only and catch-up policy. Above the fields, the
// schedule in plain language; below them, the next 10 runs in the schedule's zone and in the
// local zone, with runs a DST change moved marked. Errors (Schedule::validate at now()) show
// next to their fields; the ReportEditor adds errors() to its own summary.
//
// The editor keeps a Schedule value and changes only the member a widget edits, so loading
// and reading back gives the same JSON, and values of other frequencies survive switching
// back and forth. Wall-clock fields (start, end) are shown in the schedule's zone; when the
// zone changes they keep their wall-clock reading.
class ScheduleEditor : public QWidget {
    Q_OBJECT

public:
    explicit ScheduleEditor(QWidget *parent = nullptr);
    ~ScheduleEditor() override;

    // Loads Report::schedule: {} means not scheduled. JSON that Schedule::fromJson refuses
    // shows its error (key "schedule") until the user changes a field or turns the schedule off.
    void setScheduleJson(const QJsonObject &json);
    QJsonObject scheduleJson() const; // {} when not scheduled
    bool isScheduled() const { return m_scheduled; }
    const Schedule &schedule() const { return m_schedule; }
    FieldErrors errors() const { return m_errors; }

    // The zone a new schedule starts in (the report's zone); UTC when not a known zone.
    void setDefaultTimeZone(const QString &ianaId);
    // A fixed "now" for validation and the next runs (tests, screenshots); an invalid value
    // goes back to the wall clock, which is then read again every 30 seconds while visible.
    void setNow(const QDateTime &now);
    QDateTime now() const;

    // Shows the field a FieldError key names ("schedule.cron" ...) and gives it focus.
    void focusField(const QString &key);

signals:
    void edited();        // the user changed the schedule
    void errorsChanged(); // errors() changed without an edit (time passed, setNow)

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    struct FieldView {
        QWidget *field = nullptr;
        QLabel *errorLabel = nullptr;
    };

    void buildPages(QStackedWidget *stack);
    QWidget *buildTimePage(QTimeEdit **edit, const char *name, const QString &hint);

    void loadWidgets();
    void loadWallClockFields();
    void userEdited();
    void refresh(); // errors, notes, summary, next runs
    void updateFieldMessages();
    void updateNextRuns();
    void updateOffsetLabels();
    void updateFrequencyPage();
    QString dstMoveText(const QDateTime &run) const;
    QDateTime fromWallReading(const QDateTime &reading) const;
    QDateTime toWallReading(const QDateTime &instant) const;
    QDateTime defaultReading() const;
    void tick();

    Schedule m_schedule;
    bool m_scheduled = false;
    QString m_loadError; // fromJson's message for JSON it could not read
    QJsonObject m_unreadable;
    QString m_defaultZone = QStringLiteral("UTC");
    QDateTime m_fixedNow;
    bool m_loading = false;
    FieldErrors m_errors;
    QHash<QString, FieldView> m_fields;
    QHash<QString, QLabel *> m_noteLabels;
    QTimer *m_clockTimer;

    QLabel *m_summaryLabel;
    QLabel *m_generalErrorLabel;
    QCheckBox *m_scheduledCheck;
    QWidget *m_fieldsBox;
    QComboBox *m_frequencyCombo;
    QStackedWidget *m_frequencyStack;
    QSpinBox *m_minuteSpin;
    QTimeEdit *m_dailyTimeEdit;
    QTimeEdit *m_weeklyTimeEdit;
    QTimeEdit *m_monthlyTimeEdit;
    QTimeEdit *m_lastDayTimeEdit;
    QList<QCheckBox *> m_weekdayChecks; // index 0 = Monday (Qt::DayOfWeek - 1)
    QWidget *m_weekdaysBox;
    QSpinBox *m_dayOfMonthSpin;
    QRadioButton *m_monthlySkipRadio;
    QRadioButton *m_monthlyLastDayRadio;
    QSpinBox *m_intervalSpin;
    QComboBox *m_intervalUnitCombo;
    QWidget *m_intervalShortMonthsBox;
    QRadioButton *m_intervalSkipRadio;
    QRadioButton *m_intervalLastDayRadio;
    QLineEdit *m_cronEdit;
    QComboBox *m_zoneCombo;
    QLabel *m_zoneOffsetLabel;
    QCheckBox *m_startCheck;
    QDateTimeEdit *m_startEdit;
    QLabel *m_startOffsetLabel;
    QCheckBox *m_endCheck;
    QDateTimeEdit *m_endEdit;
    QLabel *m_endOffsetLabel;
    QCheckBox *m_workdaysCheck;
    QComboBox *m_catchUpCombo;
    QSpinBox *m_catchUpLimitSpin;
    QLabel *m_nextRunsTitle;
    QStackedWidget *m_nextRunsStack;
    QTableWidget *m_nextRunsTable;
    QLabel *m_nextRunsMessage;
    QLabel *m_nextRunsFootnote;
};

} // namespace reportdesk
