// The XDG autostart entry behind "Start at login": the file it writes (checked field by field and
// launched through GLib's own desktop-entry parser, as a desktop would at login), quoting of odd
// paths, reading it back, removing it, and errors naming the folder when it cannot be written.
#include "settings/Autostart.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

using namespace reportdesk;

namespace {

QString readText(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(f.readAll());
}

void writeText(const QString &path, const QString &text)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(text.toUtf8());
}

// Permission bits do not stop root: while a test checks a read-only folder, a process running
// as root acts as "nobody" (the saved user id lets it come back).
class AsUnprivilegedUser {
public:
    AsUnprivilegedUser()
        : m_dropped(::geteuid() == 0 && ::seteuid(65534) == 0)
    {}
    ~AsUnprivilegedUser()
    {
        if (m_dropped && ::seteuid(0) != 0)
            qFatal("cannot return to root");
    }

private:
    bool m_dropped;
};

} // namespace

class TestAutostart : public QObject {
    Q_OBJECT

private slots:
    void enableWritesTheEntry();
    void execLineIsQuotedPerTheSpec_data();
    void execLineIsQuotedPerTheSpec();
    void aDesktopLaunchesTheEntry();
    void disableRemovesTheEntry();
    void isEnabledReadsTheFileBack();
    void defaultsToXdgConfigHomeAndThisProgram();
    void readOnlyFolderIsNamed();
    void fileInPlaceOfTheFolderIsNamed();
};

void TestAutostart::enableWritesTheEntry()
{
    QTemporaryDir config;
    Autostart autostart(config.path(), QStringLiteral("/opt/reportdesk/bin/reportdesk"));
    QCOMPARE(autostart.filePath(), config.filePath(QStringLiteral("autostart/reportdesk.desktop")));
    QVERIFY(!autostart.isEnabled());

    const Status s = autostart.setEnabled(true);
    QVERIFY2(s, qPrintable(s.error()));
    const QStringList lines = readText(autostart.filePath()).split(QLatin1Char('\n'));
    QCOMPARE(lines.first(), QStringLiteral("[Desktop Entry]"));
    for (const char *expected :
         {"Type=Application", "Name=ReportDesk", "Icon=reportdesk",
          "Exec=/opt/reportdesk/bin/reportdesk --minimized", "X-GNOME-Autostart-enabled=true"})
        QVERIFY2(lines.contains(QLatin1String(expected)), expected);
    QVERIFY(autostart.isEnabled());
    QVERIFY(autostart.isCurrent());

    // Enabling again rewrites the same file, and nothing else lands in the folder.
    QVERIFY(autostart.setEnabled(true));
    QCOMPARE(QDir(config.filePath(QStringLiteral("autostart"))).entryList(QDir::Files),
             QStringList{QStringLiteral("reportdesk.desktop")});
}

void TestAutostart::execLineIsQuotedPerTheSpec_data()
{
    QTest::addColumn<QString>("program");
    QTest::addColumn<QString>("exec");
    QTest::newRow("plain") << QStringLiteral("/usr/bin/reportdesk")
                           << QStringLiteral("/usr/bin/reportdesk");
    QTest::newRow("space") << QStringLiteral("/home/ann/My Apps/reportdesk")
                           << QStringLiteral("\"/home/ann/My Apps/reportdesk\"");
    // Inside quotes '$' gets a backslash, which the string escape doubles: "\\$".
    QTest::newRow("dollar") << QStringLiteral("/opt/$x/reportdesk")
                            << QStringLiteral("\"/opt/\\\\$x/reportdesk\"");
    // A literal backslash in a quoted argument is four backslashes in the file.
    QTest::newRow("backslash") << QStringLiteral("/opt/a\\b/reportdesk")
                               << QStringLiteral("\"/opt/a\\\\\\\\b/reportdesk\"");
    QTest::newRow("double quote") << QStringLiteral("/opt/\"q\"/reportdesk")
                                  << QStringLiteral("\"/opt/\\\\\"q\\\\\"/reportdesk\"");
    QTest::newRow("percent") << QStringLiteral("/opt/100%/reportdesk")
                             << QStringLiteral("env /opt/100%%/reportdesk");
}

void TestAutostart::execLineIsQuotedPerTheSpec()
{
    QFETCH(QString, program);
    QFETCH(QString, exec);
    QCOMPARE(Autostart::execLine(program), exec);
    QTemporaryDir config;
    Autostart autostart(config.path(), program);
    QVERIFY(autostart.setEnabled(true));
    QVERIFY(readText(autostart.filePath())
                .split(QLatin1Char('\n'))
                .contains(QStringLiteral("Exec=") + exec + QStringLiteral(" --minimized")));
    QVERIFY(autostart.isCurrent());
}

void TestAutostart::aDesktopLaunchesTheEntry()
{
    // GLib's parser (what GNOME and most desktops use) must start exactly our program with
    // --minimized, even from a folder whose name has a space, a '$' and a '%'.
    const QString gio = QStandardPaths::findExecutable(QStringLiteral("gio"));
    if (gio.isEmpty())
        QSKIP("gio (libglib2.0-bin) is not installed");
    QTemporaryDir root;
    const QString folder = root.filePath(QStringLiteral("My $HOME 100% apps"));
    QVERIFY(QDir().mkpath(folder));
    const QString program = folder + QStringLiteral("/reportdesk");
    const QString argsFile = root.filePath(QStringLiteral("args.txt"));
    writeText(program, QStringLiteral("#!/bin/sh\nfor a in \"$0\" \"$@\"; do printf '%s\\n' "
                                      "\"$a\"; done > '%1.tmp' && mv '%1.tmp' '%1'\n")
                           .arg(argsFile));
    QVERIFY(QFile::setPermissions(program, QFile::permissions(program) | QFile::ExeOwner));

    Autostart autostart(root.filePath(QStringLiteral("config")), program);
    QVERIFY(autostart.setEnabled(true));
    QProcess launch;
    launch.start(gio, {QStringLiteral("launch"), autostart.filePath()});
    QVERIFY(launch.waitForFinished(10000));
    QVERIFY2(launch.exitCode() == 0, launch.readAllStandardError().constData());
    QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(argsFile), 10000);
    QCOMPARE(readText(argsFile), program + QStringLiteral("\n--minimized\n"));
}

void TestAutostart::disableRemovesTheEntry()
{
    QTemporaryDir config;
    Autostart autostart(config.path(), QStringLiteral("/usr/bin/reportdesk"));
    QVERIFY(autostart.setEnabled(true));
    QVERIFY(QFile::exists(autostart.filePath()));
    const Status s = autostart.setEnabled(false);
    QVERIFY2(s, qPrintable(s.error()));
    QVERIFY(!QFile::exists(autostart.filePath()));
    QVERIFY(!autostart.isEnabled());
    QVERIFY(autostart.setEnabled(false)); // nothing to remove is not an error
}

void TestAutostart::isEnabledReadsTheFileBack()
{
    QTemporaryDir config;
    Autostart autostart(config.path(), QStringLiteral("/usr/bin/reportdesk"));
    const QString head = QStringLiteral("[Desktop Entry]\nType=Application\nName=ReportDesk\n");

    // Switched off in the desktop's own settings: the file stays, the entry does not start.
    writeText(autostart.filePath(), head + QStringLiteral("Exec=/usr/bin/reportdesk --minimized\n"
                                                          "X-GNOME-Autostart-enabled=false\n"));
    QVERIFY(!autostart.isEnabled());
    writeText(autostart.filePath(),
              head + QStringLiteral("Exec=/usr/bin/reportdesk --minimized\nHidden=true\n"));
    QVERIFY(!autostart.isEnabled());

    // An entry for where the program used to be: enabled, but not current until rewritten.
    writeText(autostart.filePath(), head + QStringLiteral("Exec=/old/place/reportdesk --minimized\n"
                                                          "[Desktop Action x]\nHidden=true\n"));
    QVERIFY(autostart.isEnabled());
    QVERIFY(!autostart.isCurrent());
    QVERIFY(autostart.setEnabled(true));
    QVERIFY(autostart.isCurrent());

    // Removed behind our back (the user cleaned up ~/.config/autostart).
    QVERIFY(QFile::remove(autostart.filePath()));
    QVERIFY(!autostart.isEnabled());
}

void TestAutostart::defaultsToXdgConfigHomeAndThisProgram()
{
    QTemporaryDir config;
    const QByteArray saved = qgetenv("XDG_CONFIG_HOME");
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(config.path()));
    const Autostart autostart;
    qputenv("XDG_CONFIG_HOME", saved);
    QCOMPARE(autostart.filePath(), config.filePath(QStringLiteral("autostart/reportdesk.desktop")));
    QCOMPARE(autostart.executable(), QCoreApplication::applicationFilePath());
    QVERIFY(QFileInfo(autostart.executable()).isAbsolute());
}

void TestAutostart::readOnlyFolderIsNamed()
{
    QTemporaryDir root;
    const auto readOnly = QFile::ReadOwner | QFile::ExeOwner | QFile::ReadGroup | QFile::ExeGroup |
                          QFile::ReadOther | QFile::ExeOther;
    const auto writable = readOnly | QFile::WriteOwner;
    QVERIFY(QFile::setPermissions(root.path(), writable));
    const QString config = root.filePath(QStringLiteral("config"));
    QVERIFY(QDir().mkpath(config));
    Autostart autostart(config, QStringLiteral("/usr/bin/reportdesk"));

    // No autostart folder yet, and the config folder cannot take one.
    QVERIFY(QFile::setPermissions(config, readOnly));
    {
        AsUnprivilegedUser user;
        if (::euidaccess(QFile::encodeName(config).constData(), X_OK) != 0)
            QSKIP("the unprivileged user cannot reach the temporary folder");
        if (::euidaccess(QFile::encodeName(config).constData(), W_OK) == 0)
            QSKIP("this user can write into a read-only folder");
        const Status s = autostart.setEnabled(true);
        QVERIFY(!s);
        QVERIFY2(s.error().contains(config + QStringLiteral("/autostart")), qPrintable(s.error()));
    }
    QVERIFY(!QFile::exists(autostart.filePath()));

    // The autostart folder exists, holds our entry, and has become read-only: writing and
    // removing both fail, naming the file, and the entry stays as it was.
    QVERIFY(QFile::setPermissions(config, writable));
    QVERIFY(autostart.setEnabled(true));
    const QString before = readText(autostart.filePath());
    const QString folder = QFileInfo(autostart.filePath()).absolutePath();
    QVERIFY(QFile::setPermissions(folder, readOnly));
    {
        AsUnprivilegedUser user;
        Autostart moved(config, QStringLiteral("/new/place/reportdesk"));
        const Status write = moved.setEnabled(true);
        QVERIFY(!write);
        QVERIFY2(write.error().contains(autostart.filePath()), qPrintable(write.error()));
        const Status remove = moved.setEnabled(false);
        QVERIFY(!remove);
        QVERIFY2(remove.error().contains(autostart.filePath()), qPrintable(remove.error()));
    }
    QCOMPARE(readText(autostart.filePath()), before);
    QVERIFY(autostart.isCurrent());
    QVERIFY(QFile::setPermissions(folder, writable)); // so QTemporaryDir can clean up
}

void TestAutostart::fileInPlaceOfTheFolderIsNamed()
{
    QTemporaryDir config;
    writeText(config.filePath(QStringLiteral("autostart")), QStringLiteral("not a folder"));
    Autostart autostart(config.path(), QStringLiteral("/usr/bin/reportdesk"));
    const Status s = autostart.setEnabled(true);
    QVERIFY(!s);
    QVERIFY2(s.error().contains(config.filePath(QStringLiteral("autostart"))),
             qPrintable(s.error()));
    QVERIFY(s.error().contains(QStringLiteral("not a folder")));
    QVERIFY(!autostart.isEnabled());
}

QTEST_GUILESS_MAIN(TestAutostart)
#include "tst_autostart.moc"
