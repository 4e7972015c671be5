#pragma once

#include <QSettings>
#include <QString>
#include <QVariant>

#include <memory>

namespace reportdesk {

// The one typed facade over QSettings. Every key, with its default, is in the table in
// Settings.cpp; nothing else reads or writes QSettings. Tests use Settings(tempFilePath).
class Settings {
public:
    enum class Key {
        WindowGeometry,
        WindowState,
        SplitterState,
        LastSelection,     // "report:<uuid>" or "folder:<id>"
        Language,          // "" = follow the system locale
        ExpandedFolders,   // list of folder ids
        PreviewVisible,    // the main window's preview pane (View > Preview)
        RunHistoryVisible, // the run history dock (View > Run History)
        NotifyOnSuccess,   // tray notifications for successful runs (failures always notify)
        StartAtLogin,      // mirrored by the XDG autostart entry (Autostart)
        SchedulerPaused,   // Pause scheduling in the tray menu survives a restart
        TrayHintShown,     // "ReportDesk keeps running in the tray" was shown once
        ParallelRuns,      // runs rendered at the same time (1-8)
    };

    Settings();                                // the user's settings (QStandardPaths)
    explicit Settings(const QString &iniFile); // a specific file, for tests and --config
    ~Settings();

    QVariant value(Key key) const;
    void setValue(Key key, const QVariant &value);
    void sync();
    QString fileName() const;

    static QString keyName(Key key);

private:
    std::unique_ptr<QSettings> m_settings;
};

} // namespace reportdesk
