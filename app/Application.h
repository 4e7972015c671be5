#pragma once

#include <QCoreApplication>
#include <QString>

#include <memory>

class QApplication;
class QTranslator;

namespace reportdesk {

class Catalog;

// The GUI's composition root: reads the command line, installs translations, opens the catalog
// (seeding the demo content into an empty one) and builds the main window with everything it
// needs injected through its constructor. main.cpp only creates the QApplication and calls run().
class Application {
    Q_DECLARE_TR_FUNCTIONS(Application)

public:
    struct Options {
        QString catalogPath; // as given with --catalog (empty: environment, then default)
        QString configFile;  // settings ini file given with --config
        QString language;    // --lang; empty: settings, then the system locale
    };

    Application();
    ~Application();

    // Runs the GUI until the last window closes; returns the process exit code.
    int run(QApplication &app);

    // Opens (creating when missing) the catalog at path and seeds the demo content when it is
    // empty and writable. Returns nullptr and sets *error to a message naming the problem.
    static std::unique_ptr<Catalog> openCatalog(const QString &path, QString *error);

    // Installs Qt's and ReportDesk's translations for language ("" = the system locale). Missing
    // translation files are harmless: the strings stay in English.
    void installTranslations(const QString &language);

private:
    static void setApplicationIdentity();

    std::unique_ptr<QTranslator> m_qtTranslator;
    std::unique_ptr<QTranslator> m_appTranslator;
};

} // namespace reportdesk
