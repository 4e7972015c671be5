// remote_poll: many Kibana exports at once, each polled until its file is ready.
//
// Starts KibanaTestServer (tests/support) on 127.0.0.1 in a thread of its own, as a real Kibana
// is another process, with every job ready after --polls "not ready" answers
// (503 + `Retry-After: --retry-after`). On the main thread, one KibanaClient over one
// QNetworkAccessManager starts --exports generateExport() calls at once (POST generate, then
// polls of the download path that honour Retry-After) and saves every PDF. It reports:
//   - wall time from the first POST to the last file saved (target < 5 s for 50 exports, 3 polls,
//     Retry-After 1);
//   - requests the server received, and download requests per export beyond the POST
//     (target <= 4: 3 "not ready" + 1 download, i.e. no extra polls);
//   - the main thread's responsiveness while it runs: a 10 ms repeating timer (as a window's
//     event loop would service) and how late its ticks come (max and 99th percentile).
//
// Usage: remote_poll [--exports N] [--polls N] [--retry-after SECONDS]

#include "KibanaTestServer.h"
#include "remote/kibana/KibanaClient.h"
#include "remote/kibana/KibanaExport.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThread>
#include <QTimer>

#include <algorithm>
#include <vector>

using namespace reportdesk;
using namespace reportdesk::remote;
using reportdesk::test::KibanaTestServer;

namespace {

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

int intOption(const QCommandLineParser &parser, const QString &name, int fallback)
{
    bool ok = false;
    const int v = parser.value(name).toInt(&ok);
    return ok && v >= 0 ? v : fallback;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    // The remote layer's debug log would time the terminal, not the client (QT_LOGGING_RULES
    // can still turn it on).
    if (!qEnvironmentVariableIsSet("QT_LOGGING_RULES"))
        QLoggingCategory::setFilterRules(QStringLiteral("reportdesk.*.debug=false"));
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Kibana exports at once against a loopback Kibana test server."));
    parser.addHelpOption();
    parser.addOption({QStringLiteral("exports"), QStringLiteral("Exports started at once."),
                      QStringLiteral("N"), QStringLiteral("50")});
    parser.addOption({QStringLiteral("polls"),
                      QStringLiteral("\"Not ready\" answers before each job is done."),
                      QStringLiteral("N"), QStringLiteral("3")});
    parser.addOption({QStringLiteral("retry-after"),
                      QStringLiteral("The server's Retry-After, in seconds."),
                      QStringLiteral("SECONDS"), QStringLiteral("1")});
    parser.process(app);
    const int exports = std::max(1, intOption(parser, QStringLiteral("exports"), 50));
    const int polls = intOption(parser, QStringLiteral("polls"), 3);
    const int retryAfter = intOption(parser, QStringLiteral("retry-after"), 1);

    // The server lives in its own thread; everything about it is done there.
    QThread serverThread;
    serverThread.setObjectName(QStringLiteral("kibana-test-server"));
    serverThread.start();
    QObject serverContext;
    serverContext.moveToThread(&serverThread);
    KibanaTestServer *server = nullptr;
    QUrl baseUrl;
    QMetaObject::invokeMethod(
        &serverContext,
        [&] {
            server = new KibanaTestServer;
            server->setPendingPolls(polls);
            server->setRetryAfter(QByteArray::number(retryAfter));
            if (server->listen())
                baseUrl = server->url();
        },
        Qt::BlockingQueuedConnection);
    if (baseUrl.isEmpty()) {
        out() << "remote_poll: the test server could not listen\n";
        return 1;
    }

    QTemporaryDir dir;
    QNetworkAccessManager network;
    RemoteServer profile;
    profile.kind = RemoteServer::Kind::Kibana;
    profile.name = QStringLiteral("bench");
    profile.baseUrl = baseUrl;
    profile.auth = RemoteServer::Auth::Basic;
    profile.userName = QString::fromLatin1(KibanaTestServer::kUser);
    KibanaClient client(profile, QString::fromLatin1(KibanaTestServer::kPassword), &network);

    const QString rison = QStringLiteral(
        "(browserTimezone:UTC,layout:(dimensions:(height:1200,width:1950),id:preserve_layout),"
        "locatorParams:!((id:DASHBOARD_APP_LOCATOR,params:(dashboardId:'0f4c1d2e-77aa-4b1e-9c3d-"
        "2a5b6c7d8e9f',timeRange:(from:now-7d,to:now)),version:'9.1.0')),objectType:dashboard,"
        "title:'Ops weekly',version:'9.1.0')");
    const auto exportRequest =
        KibanaExport::fromUrl(baseUrl.toString(QUrl::RemovePath) +
                              QStringLiteral("/api/reporting/generate/printablePdfV2?jobParams=") +
                              QString::fromLatin1(QUrl::toPercentEncoding(rison)));
    if (!exportRequest) {
        out() << "remote_poll: " << exportRequest.error() << "\n";
        return 1;
    }

    // Main-thread responsiveness: how late a 10 ms timer's ticks come while the exports run.
    std::vector<double> lateness;
    QElapsedTimer wall;
    QElapsedTimer tickClock;
    QTimer ticker;
    ticker.setTimerType(Qt::PreciseTimer);
    ticker.setInterval(10);
    QObject::connect(&ticker, &QTimer::timeout, [&] {
        const double ms = double(tickClock.nsecsElapsed()) / 1e6;
        tickClock.restart();
        lateness.push_back(std::max(0.0, ms - 10.0));
        if (qEnvironmentVariableIsSet("REMOTE_POLL_TRACE") && ms > 30)
            out() << "  late tick: " << ms << " ms at " << wall.elapsed() << " ms\n";
    });

    int finished = 0;
    int failed = 0;
    int totalPolls = 0;
    qint64 bytes = 0;
    QString firstError;
    wall.start();
    tickClock.start();
    ticker.start();
    for (int i = 0; i < exports; ++i) {
        client.generateExport(*exportRequest, dir.filePath(QStringLiteral("export-%1.pdf").arg(i)),
                              {}, [&](const RemoteResult<KibanaDownload> &result) {
                                  ++finished;
                                  if (result) {
                                      totalPolls += result->polls;
                                      bytes += result->bytes;
                                  } else {
                                      ++failed;
                                      if (firstError.isEmpty())
                                          firstError = result.error().text();
                                  }
                                  if (finished == exports)
                                      app.quit();
                              });
    }
    app.exec();
    const double wallSeconds = double(wall.nsecsElapsed()) / 1e9;
    ticker.stop();

    int requests = 0;
    int posts = 0;
    int connections = 0;
    QMetaObject::invokeMethod(
        &serverContext,
        [&] {
            requests = server->http().requestCount();
            for (const auto &r : server->http().requests())
                posts += r.method == "POST" ? 1 : 0;
            connections = server->http().connectionCount();
            delete server;
        },
        Qt::BlockingQueuedConnection);
    serverThread.quit();
    serverThread.wait();

    std::sort(lateness.begin(), lateness.end());
    const double maxLate = lateness.empty() ? 0 : lateness.back();
    const double p99 = lateness.empty() ? 0 : lateness[size_t(double(lateness.size() - 1) * 0.99)];
    const double median = lateness.empty() ? 0 : lateness[lateness.size() / 2];
    const double perExport = double(requests - posts) / exports;

    out() << "remote_poll: " << exports << " Kibana exports at once, each ready after " << polls
          << " polls, Retry-After: " << retryAfter << "\n";
    out() << "  succeeded            " << (exports - failed) << " of " << exports << " (" << bytes
          << " bytes of PDF)\n";
    if (failed)
        out() << "  first failure        " << firstError << "\n";
    out() << "  wall time            " << QString::number(wallSeconds, 'f', 2)
          << " s   (target < 5 s)\n";
    out() << "  requests             " << requests << " (" << posts << " POST, "
          << (requests - posts) << " GET) on " << connections << " connections\n";
    out() << "  per export after POST " << QString::number(perExport, 'f', 2)
          << "   (target <= 4; the client counted " << totalPolls << " polls)\n";
    out() << "  10 ms timer lateness median " << QString::number(median, 'f', 2) << " ms, p99 "
          << QString::number(p99, 'f', 2) << " ms, max " << QString::number(maxLate, 'f', 2)
          << " ms over " << lateness.size() << " ticks\n";
    out().flush();
    return failed == 0 ? 0 : 2;
}
