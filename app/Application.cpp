#include "Application.h"

#include "Icons.h"
#include "catalog/Catalog.h"
#include "catalog/DemoContent.h"
#include "mainwindow/MainWindow.h"
#include "settings/AppPaths.h"
#include "settings/Settings.h"

#include <QApplication>
#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QLibraryInfo>
#include <QLocale>
#include <QLoggingCategory>
#include <QMessageBox>
#include <QTranslator>
#include <QUndoStack>

namespace reportdesk {

Q_LOGGING_CATEGORY(lcApplication, "reportdesk.app.application")

namespace {
struct CommandLine {
    QCommandLineOption catalog;
    QCommandLineOption config;
    QCommandLineOption language;
};

// Built twice: once untranslated to learn --lang and --config, then again after the
// translations are installed, so that --help speaks the user's language.
CommandLine addOptions(QCommandLineParser &parser)
{
    parser.setApplicationDescription(
        Application::tr("ReportDesk: edit, preview and schedule your organisation's reports."));
    parser.addHelpOption();
    parser.addVersionOption();
    CommandLine options{
        QCommandLineOption(QStringLiteral("catalog"),
                           Application::tr("Open the catalog at <path> (default: "
                                           "$REPORTDESK_CATALOG, then %1).")
                               .arg(AppPaths::defaultCatalogPath()),
                           Application::tr("path")),
        QCommandLineOption(QStringLiteral("config"),
                           Application::tr("Read and write settings in the ini <file>."),
                           Application::tr("file")),
        QCommandLineOption(QStringLiteral("lang"),
                           Application::tr("Use the user interface language <lang> (for "
                                           "example de), instead of the system locale."),
                           Application::tr("lang")),
    };
    parser.addOption(options.catalog);
    parser.addOption(options.config);
    parser.addOption(options.language);
    return options;
}
} // namespace

Application::Application() = default;
Application::~Application() = default;

void Application::setApplicationIdentity()
{
    // Same organisation and name as reportdesk-cli: both find the same default catalog.
    QCoreApplication::setOrganizationName(QStringLiteral("ReportDesk"));
    QCoreApplication::setApplicationName(QStringLiteral("ReportDesk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(REPORTDESK_VERSION));
    QGuiApplication::setApplicationDisplayName(tr("ReportDesk"));
    QGuiApplication::setDesktopFileName(QStringLiteral("reportdesk"));
    QApplication::setWindowIcon(Icons::app());
}

void Application::installTranslations(const QString &language)
{
    for (auto *translator : {m_qtTranslator.get(), m_appTranslator.get()}) {
        if (translator)
            QCoreApplication::removeTranslator(translator);
    }
    m_qtTranslator.reset();
    m_appTranslator.reset();

    QLocale locale;
    if (!language.isEmpty()) {
        locale = QLocale(language);
        QLocale::setDefault(locale);
    }

    auto qt = std::make_unique<QTranslator>();
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qt.get());
        m_qtTranslator = std::move(qt);
    }
    auto own = std::make_unique<QTranslator>();
    if (own->load(locale, QStringLiteral("reportdesk"), QStringLiteral("_"),
                  QStringLiteral(":/i18n"))) {
        QCoreApplication::installTranslator(own.get());
        m_appTranslator = std::move(own);
    } else {
        qCDebug(lcApplication) << "no ReportDesk translation for" << locale.uiLanguages();
    }
}

std::unique_ptr<Catalog> Application::openCatalog(const QString &path, QString *error)
{
    QString openError;
    std::unique_ptr<Catalog> catalog = Catalog::openSqlite(path, &openError);
    if (!catalog) {
        if (error)
            *error = tr("Cannot open the catalog “%1”.\n\n%2").arg(path, openError);
        return nullptr;
    }
    if (catalog->isEmpty() && !catalog->isReadOnly()) {
        const Status seeded = DemoContent::seed(*catalog, AppPaths::sampleDataPath(path));
        // The catalog itself is fine; a failed sample is not a reason to refuse to start.
        if (!seeded)
            qCWarning(lcApplication) << "cannot add the demo content:" << seeded.error();
    }
    return catalog;
}

int Application::run(QApplication &app)
{
    setApplicationIdentity();

    QString configFile;
    QString language;
    {
        QCommandLineParser early;
        const CommandLine options = addOptions(early);
        early.parse(app.arguments()); // errors are reported by the full pass below
        configFile = early.value(options.config);
        language = early.value(options.language);
    }
    auto settings = configFile.isEmpty() ? std::make_unique<Settings>()
                                         : std::make_unique<Settings>(configFile);
    if (language.isEmpty())
        language = settings->value(Settings::Key::Language).toString();
    installTranslations(language);

    QCommandLineParser parser;
    const CommandLine options = addOptions(parser);
    parser.process(app); // exits for --help, --version and unknown options

    const QString catalogPath = AppPaths::catalogPath(parser.value(options.catalog));
    QString error;
    std::unique_ptr<Catalog> catalog = openCatalog(catalogPath, &error);
    if (!catalog) {
        qCWarning(lcApplication).noquote() << error;
        QMessageBox::critical(nullptr, tr("ReportDesk"), error);
        return 1;
    }
    qCDebug(lcApplication) << "catalog" << catalog->path() << "read-only" << catalog->isReadOnly();

    QUndoStack undoStack;
    MainWindow window(catalog.get(), &undoStack, settings.get());
    window.show();
    const int code = QApplication::exec();
    settings->sync();
    return code;
}

} // namespace reportdesk
