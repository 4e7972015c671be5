#pragma once

#include <QDialog>
#include <QString>

class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace reportdesk {

// What Edit > Preferences edits. Application reads the current values from the catalog (archive
// folder and file names, shared with reportdesk-cli daemon) and the settings, and applies the
// result to the scheduler, the executor, the settings and the autostart entry.
struct Preferences {
    QString archiveRoot;
    QString fileNameTemplate;
    int parallelRuns = 2;
    bool notifyOnSuccess = false;
    bool startAtLogin = false;

    friend bool operator==(const Preferences &, const Preferences &) = default;
};

// Preferences: where runs put their files and how they are named (with an example name), how
// many run at once, notifications and start at login. Problems are shown under their field and
// keep OK disabled: a missing or read-only archive folder, an unusable name template.
class PreferencesDialog : public QDialog {
    Q_OBJECT

public:
    explicit PreferencesDialog(const Preferences &preferences, QWidget *parent = nullptr);

    Preferences preferences() const;
    bool isAcceptable() const;

private:
    void browse();
    void validate();

    QLineEdit *m_archiveRoot;
    QLabel *m_archiveState;
    QLineEdit *m_template;
    QLabel *m_templateState;
    QSpinBox *m_parallel;
    QCheckBox *m_notify;
    QCheckBox *m_startAtLogin;
    QDialogButtonBox *m_buttons;
};

} // namespace reportdesk
