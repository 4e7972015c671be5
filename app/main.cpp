// reportdesk: the GUI entry point. Application builds and wires everything.
#include "Application.h"

#include <QApplication>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    reportdesk::Application application;
    return application.run(app);
}
