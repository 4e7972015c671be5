#include "PreferencesDialog.h"

#include "editors/EditorSupport.h"
#include "scheduler/Archive.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QStorageInfo>
#include <QTimeZone>
#include <QVBoxLayout>

namespace reportdesk {

namespace {

QLabel *hintLabel(QWidget *parent, const QString &name)
{
    auto *label = new QLabel(parent);
    label->setObjectName(name);
    label->setWordWrap(true);
    // A wrapped label in a form asks for very little width; without this the free space and
    // the example name broke after two words.
    label->setMinimumWidth(420);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

void showState(QLabel *label, const QString &problem, const QString &fine)
{
    label->setText(problem.isEmpty() ? fine : problem);
    // Errors in the palette's error colour, hints in the muted one.
    label->setStyleSheet(problem.isEmpty() ? QStringLiteral("color: palette(mid);")
                                           : QStringLiteral("color: #b3261e;"));
    label->setProperty("error", !problem.isEmpty());
}

QString freeSpace(const QString &path)
{
    const QStorageInfo storage(path);
    if (!storage.isValid() || storage.bytesAvailable() < 0)
        return {};
    return PreferencesDialog::tr("%1 free on this disk.")
        .arg(QLocale().formattedDataSize(storage.bytesAvailable()));
}

} // namespace

PreferencesDialog::PreferencesDialog(const Preferences &preferences, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("preferencesDialog"));
    setWindowTitle(tr("Preferences"));

    // Archive
    m_archiveRoot = new QLineEdit(QDir::toNativeSeparators(preferences.archiveRoot), this);
    m_archiveRoot->setObjectName(QStringLiteral("archiveRootEdit"));
    m_archiveRoot->setMinimumWidth(360);
    auto *browse = new QPushButton(tr("Browse…"), this);
    browse->setObjectName(QStringLiteral("browseArchiveButton"));
    auto *rootRow = new QHBoxLayout;
    rootRow->addWidget(m_archiveRoot, 1);
    rootRow->addWidget(browse);
    m_archiveState = hintLabel(this, QStringLiteral("archiveRootState"));

    m_template = new QLineEdit(preferences.fileNameTemplate, this);
    m_template->setObjectName(QStringLiteral("fileNameTemplateEdit"));
    m_template->setToolTip(
        tr("{report} is the report's name, {ext} the format; any date pattern in braces "
           "({yyyyMMdd-HHmm}, {yyyy}/…) is the run's scheduled time in the report's zone."));
    m_templateState = hintLabel(this, QStringLiteral("fileNameTemplateState"));

    // Runs
    m_parallel = new QSpinBox(this);
    m_parallel->setObjectName(QStringLiteral("parallelRunsSpin"));
    m_parallel->setRange(1, 8);
    m_parallel->setValue(preferences.parallelRuns);
    m_parallel->setToolTip(tr("How many reports are rendered at the same time; more wait their "
                              "turn."));
    m_notify = new QCheckBox(tr("Notify when a run succeeds (failures always notify)"), this);
    m_notify->setObjectName(QStringLiteral("notifyOnSuccessCheck"));
    m_notify->setChecked(preferences.notifyOnSuccess);
    m_startAtLogin = new QCheckBox(tr("Start ReportDesk in the tray when I log in"), this);
    m_startAtLogin->setObjectName(QStringLiteral("startAtLoginCheck"));
    m_startAtLogin->setChecked(preferences.startAtLogin);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    form->addRow(tr("&Archive folder:"), rootRow);
    form->addRow(QString(), m_archiveState);
    form->addRow(tr("&File names:"), m_template);
    form->addRow(QString(), m_templateState);
    form->addRow(tr("&Runs at the same time:"), m_parallel);
    form->addRow(QString(), m_notify);
    form->addRow(QString(), m_startAtLogin);
    if (auto *label = qobject_cast<QLabel *>(form->labelForField(rootRow)))
        label->setBuddy(m_archiveRoot);

    auto *shared =
        new QLabel(tr("The archive folder and file names are stored in the catalog, so "
                      "<code>reportdesk-cli daemon</code> on the same catalog uses them too."),
                   this);
    shared->setWordWrap(true);
    shared->setStyleSheet(QStringLiteral("color: palette(mid);"));

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->setObjectName(QStringLiteral("preferencesButtons"));

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addSpacing(6);
    layout->addWidget(shared);
    layout->addStretch(1);
    layout->addWidget(m_buttons);

    connect(browse, &QPushButton::clicked, this, &PreferencesDialog::browse);
    connect(m_archiveRoot, &QLineEdit::textChanged, this, &PreferencesDialog::validate);
    connect(m_template, &QLineEdit::textChanged, this, &PreferencesDialog::validate);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    validate();
}

Preferences PreferencesDialog::preferences() const
{
    Preferences p;
    p.archiveRoot = QDir::cleanPath(QDir::fromNativeSeparators(m_archiveRoot->text().trimmed()));
    p.fileNameTemplate = m_template->text().trimmed();
    p.parallelRuns = m_parallel->value();
    p.notifyOnSuccess = m_notify->isChecked();
    p.startAtLogin = m_startAtLogin->isChecked();
    return p;
}

bool PreferencesDialog::isAcceptable() const
{
    return m_buttons->button(QDialogButtonBox::Ok)->isEnabled();
}

void PreferencesDialog::browse()
{
    const QString chosen = QFileDialog::getExistingDirectory(
        this, tr("Archive Folder"), QDir::fromNativeSeparators(m_archiveRoot->text()));
    if (!chosen.isEmpty())
        m_archiveRoot->setText(QDir::toNativeSeparators(chosen));
}

void PreferencesDialog::validate()
{
    const Preferences p = preferences();
    const QString rootProblem = Archive::checkRoot(p.archiveRoot);
    showState(m_archiveState, rootProblem, freeSpace(p.archiveRoot));

    const QString templateProblem = Archive::checkTemplate(p.fileNameTemplate);
    QString example;
    if (templateProblem.isEmpty()) {
        Report report;
        report.name = tr("Weekly traffic");
        report.timeZone = QString::fromUtf8(QTimeZone::systemTimeZoneId());
        const QDateTime at(QDate::currentDate(), QTime(8, 0), QTimeZone::systemTimeZone());
        example = tr("For example: %1")
                      .arg(QDir::toNativeSeparators(
                          Archive::safeName(report.name) + QLatin1Char('/') +
                          Archive::exampleName(p.fileNameTemplate, report, at.toUTC(),
                                               QStringLiteral("pdf"))));
    }
    showState(m_templateState, templateProblem, example);

    m_buttons->button(QDialogButtonBox::Ok)
        ->setEnabled(rootProblem.isEmpty() && templateProblem.isEmpty());
    EditorSupport::fitHeightForWrappedText(this); // a two-line error must not be cut off
}

} // namespace reportdesk
