#include "Settings.h"

#include <QStandardPaths>

#include <array>

namespace reportdesk {

namespace {
struct Entry {
    Settings::Key key;
    const char *name;
    QVariant defaultValue;
};

const std::array<Entry, 13> &table()
{
    static const std::array<Entry, 13> entries{{
        {Settings::Key::WindowGeometry, "window/geometry", QByteArray()},
        {Settings::Key::WindowState, "window/state", QByteArray()},
        {Settings::Key::SplitterState, "window/splitter", QByteArray()},
        {Settings::Key::LastSelection, "window/lastSelection", QString()},
        {Settings::Key::Language, "general/language", QString()},
        {Settings::Key::ExpandedFolders, "window/expandedFolders", QVariantList()},
        {Settings::Key::PreviewVisible, "window/previewVisible", true},
        {Settings::Key::RunHistoryVisible, "window/runHistoryVisible", false},
        {Settings::Key::NotifyOnSuccess, "scheduler/notifyOnSuccess", false},
        {Settings::Key::StartAtLogin, "general/startAtLogin", false},
        {Settings::Key::SchedulerPaused, "scheduler/paused", false},
        {Settings::Key::TrayHintShown, "tray/hintShown", false},
        {Settings::Key::ParallelRuns, "scheduler/parallelRuns", 2},
    }};
    return entries;
}

const Entry &entry(Settings::Key key)
{
    for (const Entry &e : table()) {
        if (e.key == key)
            return e;
    }
    Q_UNREACHABLE();
}
} // namespace

Settings::Settings()
    : m_settings(std::make_unique<QSettings>(QSettings::IniFormat, QSettings::UserScope,
                                             QStringLiteral("ReportDesk"),
                                             QStringLiteral("reportdesk")))
{}

Settings::Settings(const QString &iniFile)
    : m_settings(std::make_unique<QSettings>(iniFile, QSettings::IniFormat))
{}

Settings::~Settings() = default;

QVariant Settings::value(Key key) const
{
    const Entry &e = entry(key);
    return m_settings->value(QLatin1String(e.name), e.defaultValue);
}

void Settings::setValue(Key key, const QVariant &value)
{
    m_settings->setValue(QLatin1String(entry(key).name), value);
}

void Settings::sync()
{
    m_settings->sync();
}
QString Settings::fileName() const
{
    return m_settings->fileName();
}
QString Settings::keyName(Key key)
{
    return QLatin1String(entry(key).name);
}

} // namespace reportdesk
