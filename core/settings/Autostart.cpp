#include "Autostart.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QSaveFile>
#include <QStandardPaths>

Q_LOGGING_CATEGORY(lcAutostart, "reportdesk.core.settings.autostart")

namespace reportdesk {

namespace {

const char kFileName[] = "reportdesk.desktop";
const char kMinimized[] = "--minimized";

// The keys of the [Desktop Entry] group, values unescaped only as far as comparing needs.
QHash<QString, QString> readEntry(const QString &path)
{
    QHash<QString, QString> keys;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return keys;
    bool inEntry = false;
    while (!file.atEnd()) {
        const QString line = QString::fromUtf8(file.readLine()).trimmed();
        if (line.isEmpty() || line.startsWith(QLatin1Char('#')))
            continue;
        if (line.startsWith(QLatin1Char('['))) {
            inEntry = line == QLatin1String("[Desktop Entry]");
            continue;
        }
        const qsizetype eq = line.indexOf(QLatin1Char('='));
        if (inEntry && eq > 0)
            keys.insert(line.left(eq).trimmed(), line.mid(eq + 1).trimmed());
    }
    return keys;
}

} // namespace

Autostart::Autostart(QString configDir, QString executable)
    : m_configDir(std::move(configDir))
    , m_executable(std::move(executable))
{
    if (m_configDir.isEmpty())
        m_configDir = QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation);
    if (m_executable.isEmpty())
        m_executable = QCoreApplication::applicationFilePath();
    m_executable = QFileInfo(m_executable).absoluteFilePath();
}

QString Autostart::filePath() const
{
    return QDir(m_configDir).filePath(QStringLiteral("autostart/") + QLatin1String(kFileName));
}

bool Autostart::isEnabled() const
{
    if (!QFileInfo(filePath()).isFile())
        return false;
    const QHash<QString, QString> keys = readEntry(filePath());
    return keys.value(QStringLiteral("Hidden")) != QLatin1String("true") &&
           keys.value(QStringLiteral("X-GNOME-Autostart-enabled")) != QLatin1String("false");
}

bool Autostart::isCurrent() const
{
    return isEnabled() && readEntry(filePath()).value(QStringLiteral("Exec")) ==
                              execLine(m_executable) + QLatin1Char(' ') + QLatin1String(kMinimized);
}

QString Autostart::execLine(const QString &program)
{
    // Quoting rule: an argument with a reserved character is put in double quotes, with '"',
    // '`', '$' and '\' escaped by a backslash inside them.
    static const QString reserved = QStringLiteral(" \t\n\"'\\><~|&;$*?#()`");
    bool quote = program.isEmpty();
    for (const QChar c : program)
        quote = quote || reserved.contains(c);
    QString arg;
    if (quote) {
        arg = QStringLiteral("\"");
        for (const QChar c : program) {
            if (c == QLatin1Char('"') || c == QLatin1Char('`') || c == QLatin1Char('$') ||
                c == QLatin1Char('\\'))
                arg += QLatin1Char('\\');
            arg += c;
        }
        arg += QLatin1Char('"');
    } else {
        arg = program;
    }
    // Field codes: a literal '%' is "%%". GLib (2.74) looks for the program before it expands
    // field codes, so it would search for ".../100%%/reportdesk" and refuse the entry; started
    // through env, the program is an argument, which every reader expands properly.
    if (program.contains(QLatin1Char('%')))
        arg.prepend(QStringLiteral("env "));
    // Then the string escapes of every value, which readers
    // undo first: '\' becomes "\\" (so a quoted backslash is four), control characters escaped.
    arg.replace(QLatin1Char('%'), QStringLiteral("%%"));
    QString value;
    for (const QChar c : std::as_const(arg)) {
        if (c == QLatin1Char('\\'))
            value += QStringLiteral("\\\\");
        else if (c == QLatin1Char('\n'))
            value += QStringLiteral("\\n");
        else if (c == QLatin1Char('\t'))
            value += QStringLiteral("\\t");
        else if (c == QLatin1Char('\r'))
            value += QStringLiteral("\\r");
        else
            value += c;
    }
    return value;
}

QString Autostart::entryText() const
{
    QString text;
    text += QStringLiteral("[Desktop Entry]\n");
    text += QStringLiteral("Type=Application\n");
    text += QStringLiteral("Name=ReportDesk\n");
    // Localised once, when written: the entry is the user's own file.
    text += QStringLiteral("Comment=%1\n")
                .arg(tr("Runs scheduled reports in the background from the tray"));
    text += QStringLiteral("Exec=%1 %2\n").arg(execLine(m_executable), QLatin1String(kMinimized));
    text += QStringLiteral("Icon=reportdesk\n");
    text += QStringLiteral("Terminal=false\n");
    text += QStringLiteral("X-GNOME-Autostart-enabled=true\n");
    return text;
}

Status Autostart::setEnabled(bool enabled)
{
    const QString path = filePath();
    const QString dir = QFileInfo(path).absolutePath();
    if (!enabled) {
        QFile file(path);
        if (!file.exists() && !QFileInfo(path).isSymLink())
            return {};
        if (!file.remove())
            return Status::failure(tr("Cannot remove the autostart entry “%1”: %2")
                                       .arg(QDir::toNativeSeparators(path), file.errorString()));
        qCDebug(lcAutostart) << "removed" << path;
        return {};
    }
    const QFileInfo dirInfo(dir);
    if (dirInfo.exists() && !dirInfo.isDir())
        return Status::failure(tr("Cannot create the autostart entry: “%1” is a file, not a "
                                  "folder.")
                                   .arg(QDir::toNativeSeparators(dir)));
    if (!QDir().mkpath(dir))
        return Status::failure(tr("Cannot create the autostart folder “%1”: check that it can "
                                  "be written.")
                                   .arg(QDir::toNativeSeparators(dir)));
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Text))
        return Status::failure(tr("Cannot write the autostart entry “%1”: %2")
                                   .arg(QDir::toNativeSeparators(path), file.errorString()));
    file.write(entryText().toUtf8());
    if (!file.commit())
        return Status::failure(tr("Cannot write the autostart entry “%1”: %2")
                                   .arg(QDir::toNativeSeparators(path), file.errorString()));
    qCDebug(lcAutostart) << "wrote" << path << "for" << m_executable;
    return {};
}

} // namespace reportdesk
