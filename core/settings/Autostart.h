#pragma once

#include "domain/Result.h"

#include <QCoreApplication>
#include <QString>

namespace reportdesk {

// "Start at login" as the XDG Autostart specification has it: a desktop entry
// <config>/autostart/reportdesk.desktop, where <config> is $XDG_CONFIG_HOME (default ~/.config,
// QStandardPaths::GenericConfigLocation). The entry starts this very executable, by absolute
// path, with --minimized, so a build outside PATH starts too; Exec is quoted per the Desktop Entry
// specification when the path needs it. Disabling removes the file. Settings::Key::StartAtLogin
// mirrors the choice, but the file is the truth: the desktop reads it, and the user may delete
// it. Errors (a read-only folder, a file where the folder should be) name the path.
class Autostart {
    Q_DECLARE_TR_FUNCTIONS(Autostart)

public:
    // configDir: the folder that holds autostart/ (empty: the user's, from QStandardPaths);
    // executable: what Exec starts (empty: QCoreApplication::applicationFilePath()).
    explicit Autostart(QString configDir = {}, QString executable = {});

    QString filePath() const; // <configDir>/autostart/reportdesk.desktop
    QString executable() const { return m_executable; }

    // Whether the desktop will start ReportDesk at login: the entry exists and neither hides
    // itself (Hidden=true) nor is switched off (X-GNOME-Autostart-enabled=false).
    bool isEnabled() const;
    // Enabled, and its Exec line starts this executable (false after the program moved: call
    // setEnabled(true) again to point it at the new place).
    bool isCurrent() const;

    // Writes (atomically) or removes the entry. Removing an entry that is not there is fine.
    Status setEnabled(bool enabled);

    // The desktop entry's text, and the Exec value for a program (quoted and escaped per the
    // Desktop Entry specification: reserved characters quoted, '%' doubled, '\' escaped; a
    // program with '%' in its path is started through env, see the .cpp).
    QString entryText() const;
    static QString execLine(const QString &program);

private:
    QString m_configDir;
    QString m_executable;
};

} // namespace reportdesk
