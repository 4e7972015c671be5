#include "RemoteCommand.h"

#include "catalog/Catalog.h"
#include "remote/RemoteClient.h"
#include "remote/RemoteClients.h"
#include "remote/grafana/GrafanaClient.h"
#include "remote/kibana/KibanaClient.h"
#include "remote/kibana/KibanaExport.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QTextStream>

namespace reportdesk::cli {

using remote::RemoteClient;
using remote::RemoteError;
using remote::RemoteItem;
using remote::RemoteResult;

namespace {

QJsonObject itemJson(const RemoteItem &item)
{
    QJsonObject o{{QStringLiteral("id"), item.id},
                  {QStringLiteral("folder"), item.folderId},
                  {QStringLiteral("name"), item.name},
                  {QStringLiteral("type"), item.type}};
    if (!item.description.isEmpty())
        o.insert(QStringLiteral("description"), item.description);
    if (item.enabled)
        o.insert(QStringLiteral("enabled"), *item.enabled);
    if (!item.scheduleText.isEmpty())
        o.insert(QStringLiteral("schedule"), item.scheduleText);
    if (!item.status.isEmpty())
        o.insert(QStringLiteral("status"), item.status);
    if (item.updated.isValid())
        o.insert(QStringLiteral("updated"), item.updated.toUTC().toString(Qt::ISODate));
    return o;
}

QString enabledText(const RemoteItem &item)
{
    if (!item.enabled)
        return {};
    return *item.enabled ? RemoteCommand::tr("enabled") : RemoteCommand::tr("disabled");
}

} // namespace

RemoteCommand::RemoteCommand(const CommandIo &io)
    : Command(io)
{
    addSubcommand(QStringLiteral("list"), tr("List the folders and reports (or jobs) on a server."),
                  [this](const QStringList &a) { return list(a); });
    addSubcommand(QStringLiteral("show"), tr("Show one remote item, with --json as received."),
                  [this](const QStringList &a) { return show(a); });
    for (const char *sub : {"trigger", "enable", "disable", "delete"}) {
        const QString name = QLatin1String(sub);
        const QString text =
            name == QLatin1String("trigger")   ? tr("Run (send) a remote report now.")
            : name == QLatin1String("enable")  ? tr("Enable a remote report (resume its schedule).")
            : name == QLatin1String("disable") ? tr("Disable a remote report (pause its schedule).")
                                               : tr("Delete remote items (reports, export jobs).");
        addSubcommand(name, text, [this, name](const QStringList &a) { return simple(name, a); });
    }
    addSubcommand(QStringLiteral("move"), tr("Move a remote report into another folder."),
                  [this](const QStringList &a) { return move(a); });
    addSubcommand(QStringLiteral("generate"),
                  tr("Render on the server and download the file (Kibana POST URL, a report, "
                     "or Grafana dashboards)."),
                  [this](const QStringList &a) { return generate(a); });
    addSubcommand(QStringLiteral("settings"), tr("Show a server's report branding settings."),
                  [this](const QStringList &a) { return settings(a); });
}

RemoteCommand::~RemoteCommand() = default;

QString RemoteCommand::description() const
{
    return tr("Work with the reports on remote servers (Kibana, Grafana, OpenObserve, Zscaler "
              "UVM).");
}

std::unique_ptr<RemoteClient> RemoteCommand::connect(const QString &serverName,
                                                     bool secretFromStdin, const QString &path)
{
    const auto catalog = openCatalog();
    if (!catalog)
        return nullptr;
    const auto server = catalog->serverByName(serverName);
    if (!server) {
        fail(tr("No remote server named \"%1\". \"%2 servers list\" shows them.")
                 .arg(serverName, programName()));
        return nullptr;
    }
    const auto secret = serverSecret(*server, secretFromStdin, path);
    if (!secret)
        return nullptr;
    if (!m_network)
        m_network = std::make_unique<QNetworkAccessManager>();
    m_guardSeconds = server->timeoutSeconds * 4 + 60;
    QString error;
    auto client = remote::RemoteClients::create(*server, *secret, m_network.get(), nullptr, &error);
    if (!client)
        fail(error);
    else
        m_serverTitle = client->displayName();
    return client;
}

bool RemoteCommand::wait(const std::function<void(std::function<void()>)> &start)
{
    return waitForAnswer(start, m_guardSeconds, m_serverTitle);
}

int RemoteCommand::failRemote(const RemoteError &error)
{
    return fail(error.text());
}

namespace {
const QCommandLineOption &passwordStdinOption()
{
    static const QCommandLineOption option(
        QStringLiteral("password-stdin"),
        RemoteCommand::tr("Read the server's secret from standard input instead of the keychain."));
    return option;
}
} // namespace

int RemoteCommand::list(const QStringList &arguments)
{
    const QString path = QStringLiteral("remote list");
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("List what is on the server NAME: its folders (where it has them) and the reports, "
           "export jobs or scheduled reports in them. FOLDER is a folder id as this lists it."));
    const QCommandLineOption folderOption(QStringLiteral("folder"),
                                          tr("Only the items of the folder with this id."),
                                          QStringLiteral("FOLDER"));
    const QCommandLineOption jsonOption(QStringLiteral("json"), tr("Print JSON."));
    parser.addOptions({folderOption, jsonOption, passwordStdinOption()});
    parser.addPositionalArgument(QStringLiteral("NAME"), tr("The server profile's name."));
    if (const auto exit = parse(parser, path, QStringLiteral("NAME"), arguments, 1, 1))
        return *exit;
    auto client = connect(parser.positionalArguments().constFirst(),
                          parser.isSet(passwordStdinOption()), path);
    if (!client)
        return Failure;

    QList<remote::RemoteFolder> folders;
    if (client->supports(remote::Capability::Folders) && !parser.isSet(folderOption)) {
        std::optional<RemoteResult<QList<remote::RemoteFolder>>> answer;
        if (!wait([&](auto finished) {
                client->listFolders([&, finished](const auto &r) {
                    answer = r;
                    finished();
                });
            }))
            return Failure;
        if (!*answer)
            return failRemote(answer->error());
        folders = answer->value();
    } else if (parser.isSet(folderOption)) {
        folders = {{parser.value(folderOption), QString()}};
    } else {
        folders = {{QString(), QString()}};
    }

    QJsonArray jsonFolders;
    QJsonArray jsonItems;
    for (const remote::RemoteFolder &folder : std::as_const(folders)) {
        std::optional<RemoteResult<QList<RemoteItem>>> answer;
        if (!wait([&](auto finished) {
                client->listItems(folder.id, [&, finished](const auto &r) {
                    answer = r;
                    finished();
                });
            }))
            return Failure;
        if (!*answer)
            return failRemote(answer->error());
        if (!folder.id.isEmpty() && !folder.name.isEmpty()) {
            jsonFolders.append(QJsonObject{{QStringLiteral("id"), folder.id},
                                           {QStringLiteral("name"), folder.name}});
            if (!parser.isSet(jsonOption))
                out() << tr("Folder %1  %2").arg(folder.id, folder.name) << '\n';
        }
        for (const RemoteItem &item : answer->value()) {
            jsonItems.append(itemJson(item));
            if (parser.isSet(jsonOption))
                continue;
            QStringList columns{item.id, item.type, item.name};
            for (const QString &extra : {enabledText(item), item.status, item.scheduleText}) {
                if (!extra.isEmpty())
                    columns.append(extra);
            }
            out() << (folder.id.isEmpty() ? QString() : QStringLiteral("  "))
                  << columns.join(QStringLiteral("  ")) << '\n';
        }
    }
    if (parser.isSet(jsonOption))
        out() << QJsonDocument(QJsonObject{{QStringLiteral("folders"), jsonFolders},
                                           {QStringLiteral("items"), jsonItems}})
                     .toJson(QJsonDocument::Indented);
    out().flush();
    return Success;
}

int RemoteCommand::show(const QStringList &arguments)
{
    const QString path = QStringLiteral("remote show");
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Show the item ID on the server NAME."));
    const QCommandLineOption jsonOption(QStringLiteral("json"),
                                        tr("Print the server's JSON exactly as received."));
    parser.addOptions({jsonOption, passwordStdinOption()});
    parser.addPositionalArgument(QStringLiteral("NAME"), tr("The server profile's name."));
    parser.addPositionalArgument(QStringLiteral("ID"), tr("The item's id on the server."));
    if (const auto exit = parse(parser, path, QStringLiteral("NAME ID"), arguments, 2, 2))
        return *exit;
    const QStringList args = parser.positionalArguments();
    auto client = connect(args.at(0), parser.isSet(passwordStdinOption()), path);
    if (!client)
        return Failure;
    std::optional<RemoteResult<RemoteItem>> answer;
    if (!wait([&](auto finished) {
            client->getItem(args.at(1), [&, finished](const auto &r) {
                answer = r;
                finished();
            });
        }))
        return Failure;
    if (!*answer)
        return failRemote(answer->error());
    const RemoteItem &item = answer->value();
    if (parser.isSet(jsonOption)) {
        out() << QJsonDocument(item.raw).toJson(QJsonDocument::Indented);
    } else {
        const QList<std::pair<QString, QString>> rows{
            {tr("Id:"), item.id},
            {tr("Name:"), item.name},
            {tr("Type:"), item.type},
            {tr("Folder:"), item.folderId},
            {tr("State:"), enabledText(item)},
            {tr("Status:"), item.status},
            {tr("Schedule:"), item.scheduleText},
            {tr("Updated:"),
             item.updated.isValid() ? item.updated.toUTC().toString(Qt::ISODate) : QString()},
            {tr("Description:"), item.description},
        };
        for (const auto &[label, value] : rows) {
            if (!value.isEmpty())
                out() << label.leftJustified(14) << value << '\n';
        }
    }
    out().flush();
    return Success;
}

int RemoteCommand::simple(const QString &sub, const QStringList &arguments)
{
    const QString path = QStringLiteral("remote ") + sub;
    QCommandLineParser parser;
    parser.setApplicationDescription(
        sub == QLatin1String("delete")
            ? tr("Delete the items ID... on the server NAME.")
            : tr("%1 the report ID on the server NAME.").arg(sub.at(0).toUpper() + sub.mid(1)));
    parser.addOption(passwordStdinOption());
    parser.addPositionalArgument(QStringLiteral("NAME"), tr("The server profile's name."));
    parser.addPositionalArgument(QStringLiteral("ID"), tr("The item's id on the server."));
    const bool many = sub == QLatin1String("delete");
    if (const auto exit =
            parse(parser, path, many ? QStringLiteral("NAME ID...") : QStringLiteral("NAME ID"),
                  arguments, 2, many ? 1000 : 2))
        return *exit;
    const QStringList args = parser.positionalArguments();
    auto client = connect(args.at(0), parser.isSet(passwordStdinOption()), path);
    if (!client)
        return Failure;
    std::optional<RemoteResult<bool>> answer;
    const auto reply = [&](auto finished) {
        return [&, finished](const RemoteResult<bool> &r) {
            answer = r;
            finished();
        };
    };
    if (!wait([&](auto finished) {
            if (sub == QLatin1String("trigger"))
                client->trigger(args.at(1), reply(finished));
            else if (sub == QLatin1String("enable"))
                client->setEnabled(args.at(1), true, reply(finished));
            else if (sub == QLatin1String("disable"))
                client->setEnabled(args.at(1), false, reply(finished));
            else
                client->remove(args.mid(1), reply(finished));
        }))
        return Failure;
    if (!*answer)
        return failRemote(answer->error());
    if (sub == QLatin1String("trigger"))
        out() << tr("Triggered %1 on %2.").arg(args.at(1), client->displayName()) << '\n';
    else if (sub == QLatin1String("delete"))
        out() << (args.size() == 2 ? tr("Deleted 1 item on %1.")
                                   : tr("Deleted %n items on %1.", nullptr, int(args.size() - 1)))
                     .arg(client->displayName())
              << '\n';
    else
        out() << (sub == QLatin1String("enable") ? tr("Enabled %1 on %2.")
                                                 : tr("Disabled %1 on %2."))
                     .arg(args.at(1), client->displayName())
              << '\n';
    out().flush();
    return Success;
}

int RemoteCommand::move(const QStringList &arguments)
{
    const QString path = QStringLiteral("remote move");
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Move the report ID into the folder FOLDER."));
    const QCommandLineOption toOption(QStringLiteral("to"), tr("The target folder's id."),
                                      QStringLiteral("FOLDER"));
    parser.addOptions({toOption, passwordStdinOption()});
    parser.addPositionalArgument(QStringLiteral("NAME"), tr("The server profile's name."));
    parser.addPositionalArgument(QStringLiteral("ID"), tr("The report's id on the server."));
    if (const auto exit =
            parse(parser, path, QStringLiteral("NAME ID --to FOLDER"), arguments, 2, 2))
        return *exit;
    if (!parser.isSet(toOption) || parser.value(toOption).isEmpty())
        return usageError(path, QStringLiteral("NAME ID --to FOLDER"),
                          tr("--to FOLDER is required."));
    const QStringList args = parser.positionalArguments();
    auto client = connect(args.at(0), parser.isSet(passwordStdinOption()), path);
    if (!client)
        return Failure;
    std::optional<RemoteResult<bool>> answer;
    if (!wait([&](auto finished) {
            client->move({args.at(1)}, parser.value(toOption),
                         [&, finished](const RemoteResult<bool> &r) {
                             answer = r;
                             finished();
                         });
        }))
        return Failure;
    if (!*answer)
        return failRemote(answer->error());
    out() << tr("Moved %1 to folder %2.").arg(args.at(1), parser.value(toOption)) << '\n';
    out().flush();
    return Success;
}

int RemoteCommand::generate(const QStringList &arguments)
{
    const QString path = QStringLiteral("remote generate");
    const QString syntax = QStringLiteral("NAME (--kibana-url URL | --report ID | --dashboards "
                                          "UIDS) --out PATH");
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Render on the server NAME and save the file at PATH: a Kibana export from its POST "
           "URL (Kibana's \"Copy POST URL\"), a report by id (Grafana, Kibana job, Zscaler UVM), "
           "or Grafana dashboards by uid (comma-separated)."));
    const QCommandLineOption kibanaUrl(QStringLiteral("kibana-url"),
                                       tr("A Kibana reporting POST URL."), QStringLiteral("URL"));
    const QCommandLineOption report(QStringLiteral("report"), tr("A report or job id."),
                                    QStringLiteral("ID"));
    const QCommandLineOption dashboards(QStringLiteral("dashboards"),
                                        tr("Grafana dashboard uids, comma-separated."),
                                        QStringLiteral("UIDS"));
    const QCommandLineOption outOption(QStringLiteral("out"), tr("Where to save the file."),
                                       QStringLiteral("PATH"));
    parser.addOptions({kibanaUrl, report, dashboards, outOption, passwordStdinOption()});
    parser.addPositionalArgument(QStringLiteral("NAME"), tr("The server profile's name."));
    if (const auto exit = parse(parser, path, syntax, arguments, 1, 1))
        return *exit;
    const int sources =
        int(parser.isSet(kibanaUrl)) + int(parser.isSet(report)) + int(parser.isSet(dashboards));
    if (sources != 1)
        return usageError(path, syntax,
                          tr("Give exactly one of --kibana-url, --report and --dashboards."));
    if (parser.value(outOption).trimmed().isEmpty())
        return usageError(path, syntax, tr("--out PATH is required."));
    std::optional<remote::KibanaExport> kibanaExport;
    if (parser.isSet(kibanaUrl)) {
        auto parsed = remote::KibanaExport::fromUrl(parser.value(kibanaUrl));
        if (!parsed)
            return usageError(path, syntax, tr("--kibana-url: %1").arg(parsed.error()));
        kibanaExport = *parsed;
    }
    const QString outPath = QFileInfo(parser.value(outOption)).absoluteFilePath();
    auto client = connect(parser.positionalArguments().constFirst(),
                          parser.isSet(passwordStdinOption()), path);
    if (!client)
        return Failure;

    std::optional<RemoteResult<QString>> answer;
    bool started = true;
    const bool ok = wait([&](auto finished) {
        auto done = [&, finished](const RemoteResult<QString> &r) {
            answer = r;
            finished();
        };
        if (kibanaExport) {
            auto *kibana = qobject_cast<remote::KibanaClient *>(client.get());
            if (!kibana) {
                started = false;
                return finished();
            }
            kibana->generateExport(
                *kibanaExport, outPath,
                [this](const remote::KibanaExportProgress &p) {
                    if (errIsTerminal() && p.stage == remote::KibanaExportProgress::Stage::Waiting)
                        err() << tr("waiting for the Kibana job %1…").arg(p.jobId) << '\n';
                },
                [done](const RemoteResult<remote::KibanaDownload> &r) {
                    done(r ? RemoteResult<QString>(r->path) : RemoteResult<QString>(r.error()));
                });
        } else if (parser.isSet(dashboards)) {
            auto *grafana = qobject_cast<remote::GrafanaClient *>(client.get());
            if (!grafana) {
                started = false;
                return finished();
            }
            grafana->renderDashboards(
                parser.value(dashboards).split(QLatin1Char(','), Qt::SkipEmptyParts),
                remote::GrafanaRenderOptions{}, outPath, done);
        } else {
            client->generate(parser.value(report), outPath, done);
        }
    });
    if (!ok)
        return Failure;
    if (!started)
        return usageError(path, syntax,
                          parser.isSet(kibanaUrl)
                              ? tr("--kibana-url needs a Kibana server; %1 is not one.")
                                    .arg(client->displayName())
                              : tr("--dashboards needs a Grafana server; %1 is not one.")
                                    .arg(client->displayName()));
    if (!*answer)
        return failRemote(answer->error());
    out() << QDir::toNativeSeparators(answer->value()) << '\n';
    out().flush();
    return Success;
}

int RemoteCommand::settings(const QStringList &arguments)
{
    const QString path = QStringLiteral("remote settings");
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Show the report branding settings of the server NAME (Grafana)."));
    const QCommandLineOption jsonOption(QStringLiteral("json"),
                                        tr("Print the settings exactly as received."));
    parser.addOptions({jsonOption, passwordStdinOption()});
    parser.addPositionalArgument(QStringLiteral("NAME"), tr("The server profile's name."));
    if (const auto exit = parse(parser, path, QStringLiteral("NAME"), arguments, 1, 1))
        return *exit;
    auto client = connect(parser.positionalArguments().constFirst(),
                          parser.isSet(passwordStdinOption()), path);
    if (!client)
        return Failure;
    auto *grafana = qobject_cast<remote::GrafanaClient *>(client.get());
    if (!grafana)
        return fail(tr("%1 has no report settings to show; only Grafana has them.")
                        .arg(client->displayName()));
    std::optional<RemoteResult<remote::GrafanaBranding>> answer;
    if (!wait([&](auto finished) {
            grafana->brandingSettings([&, finished](const auto &r) {
                answer = r;
                finished();
            });
        }))
        return Failure;
    if (!*answer)
        return failRemote(answer->error());
    const remote::GrafanaBranding &b = answer->value();
    if (parser.isSet(jsonOption)) {
        out() << QJsonDocument(b.raw).toJson(QJsonDocument::Indented);
    } else {
        const BrandingProfile &p = b.profile;
        out() << tr("Footer:").leftJustified(14) << p.footerText << '\n';
        if (!p.footerLink.isEmpty())
            out() << tr("Footer link:").leftJustified(14) << p.footerLink << '\n';
        if (!b.reportLogoUrl.isEmpty())
            out() << tr("Logo:").leftJustified(14) << b.reportLogoUrl << '\n';
        for (const QString &note : b.notes)
            out() << tr("Note:").leftJustified(14) << note << '\n';
    }
    out().flush();
    return Success;
}

} // namespace reportdesk::cli
