#include "ServersCommand.h"

#include "catalog/Catalog.h"
#include "remote/RemoteClient.h"
#include "remote/RemoteClients.h"
#include "secrets/SecretStore.h"
#include "secrets/SecretStores.h"

#include <QCommandLineParser>
#include <QIODevice>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QTextStream>

#include <algorithm>

namespace reportdesk::cli {

namespace {

QString kindNames()
{
    QStringList names;
    for (const auto kind : {RemoteServer::Kind::Kibana, RemoteServer::Kind::Grafana,
                            RemoteServer::Kind::OpenObserve, RemoteServer::Kind::Uvm})
        names.append(RemoteServer::kindName(kind));
    return names.join(QStringLiteral(", "));
}

QString authNames(const QList<RemoteServer::Auth> &methods)
{
    QStringList names;
    for (const RemoteServer::Auth auth : methods)
        names.append(RemoteServer::authName(auth));
    return names.join(QStringLiteral(", "));
}

// The option of `servers add` that sets a RemoteServer::validate() field.
QString optionForField(const QString &field)
{
    static const QHash<QString, QString> options{
        {QStringLiteral("name"), QStringLiteral("--name")},
        {QStringLiteral("baseUrl"), QStringLiteral("--url")},
        {QStringLiteral("organisation"), QStringLiteral("--org")},
        {QStringLiteral("auth"), QStringLiteral("--auth")},
        {QStringLiteral("userName"), QStringLiteral("--user")},
        {QStringLiteral("caFile"), QStringLiteral("--ca-file")},
        {QStringLiteral("timeout"), QStringLiteral("--timeout")},
        {QStringLiteral("region"), QStringLiteral("--region")},
    };
    return options.value(field, field);
}

// A name as it would be typed in a shell command.
QString shellWord(const QString &word)
{
    if (!word.isEmpty() && std::none_of(word.cbegin(), word.cend(), [](QChar c) {
            return c.isSpace() || QStringLiteral("'\"$`\\!&;|<>()*?[]#~").contains(c);
        }))
        return word;
    QString quoted = word;
    quoted.replace(QLatin1Char('\''), QStringLiteral("'\\''"));
    return QLatin1Char('\'') + quoted + QLatin1Char('\'');
}

bool needsSecret(const RemoteServer &server)
{
    return server.auth != RemoteServer::Auth::None;
}

// The sign-in method when --auth is not given: with --user a user name and password where the
// kind takes them, otherwise the first method that needs no user name (a token or API key).
RemoteServer::Auth defaultAuth(RemoteServer::Kind kind, bool hasUser)
{
    const QList<RemoteServer::Auth> methods = RemoteServer::authMethods(kind);
    if (hasUser && methods.contains(RemoteServer::Auth::Basic))
        return RemoteServer::Auth::Basic;
    for (const RemoteServer::Auth auth : methods) {
        if (auth == RemoteServer::Auth::Bearer || auth == RemoteServer::Auth::ApiKey)
            return auth;
    }
    return methods.isEmpty() ? RemoteServer::Auth::None : methods.constFirst();
}

QJsonObject toJson(const RemoteServer &s)
{
    return {
        {QStringLiteral("id"), s.id.toString(QUuid::WithoutBraces)},
        {QStringLiteral("name"), s.name},
        {QStringLiteral("kind"), RemoteServer::kindName(s.kind)},
        {QStringLiteral("url"), s.baseUrl.toString()},
        {QStringLiteral("organisation"), s.organisation},
        {QStringLiteral("auth"), RemoteServer::authName(s.auth)},
        {QStringLiteral("user"), s.userName},
        {QStringLiteral("region"), s.region},
        {QStringLiteral("caFile"), s.caFile},
        {QStringLiteral("timeoutSeconds"), s.timeoutSeconds},
        {QStringLiteral("extra"), s.extra},
    };
}

// What the URL column shows: UVM's region presets have no address of their own.
QString addressText(const RemoteServer &s)
{
    if (s.kind == RemoteServer::Kind::Uvm && !s.region.isEmpty())
        return QCoreApplication::translate("ServersCommand", "region %1").arg(s.region.toUpper());
    return s.baseUrl.toString();
}

} // namespace

ServersCommand::ServersCommand(const CommandIo &io)
    : Command(io)
{
    addSubcommand(QStringLiteral("add"),
                  tr("Add a server profile; its secret goes to the system keychain."),
                  [this](const QStringList &a) { return add(a); });
    addSubcommand(QStringLiteral("list"), tr("List the server profiles."),
                  [this](const QStringList &a) { return list(a); });
    addSubcommand(QStringLiteral("test"), tr("Sign in to a server and say what answered."),
                  [this](const QStringList &a) { return test(a); });
    addSubcommand(QStringLiteral("remove"),
                  tr("Remove a server profile and its secret from the keychain."),
                  [this](const QStringList &a) { return remove(a); });
}

QString ServersCommand::description() const
{
    return tr("Manage remote servers (Kibana, Grafana, OpenObserve, Zscaler UVM).");
}

int ServersCommand::add(const QStringList &arguments)
{
    const QString path = QStringLiteral("servers add");
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Add a remote server profile. The secret (password, token, API key or OAuth2 client "
           "secret) is read from standard input with --password-stdin and stored in the system "
           "keychain; it is never accepted as an argument and never written to the catalog."));
    const QCommandLineOption kind(QStringLiteral("kind"),
                                  tr("The server kind: %1.").arg(kindNames()), tr("KIND"));
    const QCommandLineOption name(QStringLiteral("name"),
                                  tr("The profile's name, unique regardless of case."), tr("NAME"));
    const QCommandLineOption url(
        QStringLiteral("url"),
        tr("The server's address, such as https://grafana.example.com (not needed for a UVM "
           "region)."),
        tr("URL"));
    const QCommandLineOption org(
        QStringLiteral("org"),
        tr("Grafana organisation id, Kibana space, OpenObserve organisation or UVM account id."),
        tr("ID"));
    const QCommandLineOption user(QStringLiteral("user"),
                                  tr("The user name, or the OAuth2 client id."), tr("USER"));
    const QCommandLineOption auth(
        QStringLiteral("auth"),
        tr("How to sign in: basic, bearer, apikey or client-credentials (default: basic with "
           "--user, otherwise a token or API key; UVM: client-credentials)."),
        tr("METHOD"));
    const QCommandLineOption region(QStringLiteral("region"),
                                    tr("UVM only: the region preset, us or eu, instead of --url."),
                                    tr("REGION"));
    const QCommandLineOption caFile(
        QStringLiteral("ca-file"),
        tr("Extra CA certificates (PEM) to trust for this server; TLS is always verified."),
        tr("FILE"));
    const QCommandLineOption timeout(QStringLiteral("timeout"),
                                     tr("Transfer timeout in seconds (default 30)."), tr("S"));
    const QCommandLineOption passwordStdin(
        QStringLiteral("password-stdin"),
        tr("Read the secret from standard input (one trailing line break is ignored)."));
    parser.addOptions({kind, name, url, org, user, auth, region, caFile, timeout, passwordStdin});
    if (const auto exit = parse(parser, path, {}, arguments, 0, 0))
        return *exit;

    if (!parser.isSet(kind))
        return usageError(path, {}, tr("--kind is required: %1.").arg(kindNames()));
    const auto serverKind = RemoteServer::kindFromName(parser.value(kind));
    if (!serverKind)
        return usageError(
            path, {},
            tr("Unknown --kind \"%1\": use one of %2.").arg(parser.value(kind), kindNames()));
    if (!parser.isSet(name))
        return usageError(path, {}, tr("--name is required."));

    RemoteServer server;
    server.kind = *serverKind;
    server.name = parser.value(name).trimmed();
    server.baseUrl = QUrl(parser.value(url).trimmed(), QUrl::StrictMode);
    server.organisation = parser.value(org).trimmed();
    server.userName = parser.value(user).trimmed();
    server.caFile = parser.value(caFile);
    server.region = parser.value(region).trimmed().toLower();
    if (parser.isSet(region) && server.kind != RemoteServer::Kind::Uvm)
        return usageError(path, {},
                          tr("--region is for Zscaler UVM servers only; give %1 servers a --url.")
                              .arg(RemoteServer::kindTitle(server.kind)));
    if (parser.isSet(auth)) {
        const auto method = RemoteServer::authFromName(parser.value(auth));
        if (!method)
            return usageError(path, {},
                              tr("Unknown --auth \"%1\": %2 servers accept %3.")
                                  .arg(parser.value(auth), RemoteServer::kindTitle(server.kind),
                                       authNames(RemoteServer::authMethods(server.kind))));
        server.auth = *method;
    } else {
        server.auth = defaultAuth(server.kind, !server.userName.isEmpty());
    }
    if (parser.isSet(timeout)) {
        bool ok = false;
        server.timeoutSeconds = parser.value(timeout).toInt(&ok);
        if (!ok)
            return usageError(path, {},
                              tr("Bad --timeout \"%1\": give a whole number of seconds.")
                                  .arg(parser.value(timeout)));
    }
    if (const FieldErrors errors = server.validate(); !errors.isEmpty()) {
        QStringList lines;
        for (const FieldError &e : errors)
            lines.append(QStringLiteral("%1: %2").arg(optionForField(e.field), e.message));
        return usageError(path, {}, lines.join(QStringLiteral("\n")));
    }
    if (parser.isSet(passwordStdin) && !needsSecret(server))
        return usageError(path, {},
                          tr("--password-stdin: sign-in \"%1\" uses no secret.")
                              .arg(RemoteServer::authName(server.auth)));

    // Everything that can be checked without side effects first: the catalog, the name, stdin.
    const auto catalog = openCatalog();
    if (!catalog)
        return Failure;
    if (const auto existing = catalog->serverByName(server.name))
        return fail(tr("A remote server named \"%1\" already exists. Choose another name, or "
                       "remove it first with \"%2 servers remove\".")
                        .arg(existing->name, programName()));
    std::optional<QString> secret;
    if (parser.isSet(passwordStdin)) {
        secret = readSecretFromStdin(path);
        if (!secret)
            return Failure;
    }

    const auto saved = catalog->saveServer(server);
    if (!saved)
        return fail(saved.error());
    const QString title =
        tr("%1 server \"%2\"").arg(RemoteServer::kindTitle(saved->kind), saved->name);
    if (!secret) {
        out() << tr("Added %1 (id %2).").arg(title, saved->id.toString(QUuid::WithoutBraces))
              << '\n';
        if (needsSecret(*saved))
            out() << tr("No secret was stored. Commands that sign in read it from the keychain, "
                        "or from standard input with --password-stdin.")
                  << '\n';
        out().flush();
        return Success;
    }

    const auto store = SecretStores::openNow();
    const Status written = store->writeNow(SecretStore::serverKey(saved->id), *secret);
    if (!written) {
        // A profile whose secret could not be kept is not added half.
        catalog->deleteServer(saved->id);
        return fail(tr("%1 The server \"%2\" was not added.").arg(written.error(), saved->name));
    }
    out() << tr("Added %1 (id %2).").arg(title, saved->id.toString(QUuid::WithoutBraces)) << '\n';
    out().flush();
    if (store->kind() == SecretStore::Kind::Keychain) {
        out() << tr("The secret is stored in the keychain: %1.").arg(store->description()) << '\n';
        out().flush();
    } else {
        err() << programName() << ": "
              << tr("warning: %1 The secret was kept only for this command and is gone now that "
                    "it ends. Pass it again with --password-stdin to each command that needs it, "
                    "for example \"%2 servers test %3 --password-stdin\".")
                     .arg(store->description(), programName(), shellWord(saved->name))
              << '\n';
        err().flush();
    }
    return Success;
}

int ServersCommand::list(const QStringList &arguments)
{
    const QString path = QStringLiteral("servers list");
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("List the remote server profiles by name: name, kind, address, organisation, sign-in "
           "and user. Secrets are not shown."));
    const QCommandLineOption json(
        QStringLiteral("json"),
        tr("Print a JSON array of {id, name, kind, url, organisation, auth, user, region, "
           "caFile, timeoutSeconds, extra} instead."));
    parser.addOption(json);
    if (const auto exit = parse(parser, path, {}, arguments, 0, 0))
        return *exit;
    const auto catalog = openCatalog();
    if (!catalog)
        return Failure;
    const QList<RemoteServer> servers = catalog->servers();

    if (parser.isSet(json)) {
        QJsonArray array;
        for (const RemoteServer &s : servers)
            array.append(toJson(s));
        out() << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
        out().flush();
        return Success;
    }
    if (servers.isEmpty())
        return Success;
    QList<QStringList> rows;
    rows.append(
        {tr("NAME"), tr("KIND"), tr("ADDRESS"), tr("ORGANISATION"), tr("SIGN-IN"), tr("USER")});
    for (const RemoteServer &s : servers)
        rows.append({s.name, RemoteServer::kindName(s.kind), addressText(s), s.organisation,
                     RemoteServer::authName(s.auth), s.userName});
    QList<qsizetype> widths(rows.constFirst().size(), 0);
    for (const QStringList &row : std::as_const(rows)) {
        for (qsizetype i = 0; i < row.size(); ++i)
            widths[i] = std::max(widths[i], row.at(i).size());
    }
    for (const QStringList &row : std::as_const(rows)) {
        QString line;
        for (qsizetype i = 0; i + 1 < row.size(); ++i)
            line += row.at(i).leftJustified(widths.at(i) + 2);
        out() << (line + row.constLast()).trimmed() << '\n';
    }
    out().flush();
    return Success;
}

int ServersCommand::test(const QStringList &arguments)
{
    const QString path = QStringLiteral("servers test");
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Sign in to the server NAME and read something cheap. Says what answered, or what "
           "failed: the name lookup, the connection, TLS, the credentials (401/403), a wrong "
           "path, or a server of another kind. The secret comes from the keychain, or from "
           "standard input with --password-stdin."));
    const QCommandLineOption passwordStdin(
        QStringLiteral("password-stdin"),
        tr("Read the secret from standard input instead of the keychain."));
    parser.addOption(passwordStdin);
    parser.addPositionalArgument(QStringLiteral("NAME"), tr("The server profile's name."));
    if (const auto exit = parse(parser, path, QStringLiteral("NAME"), arguments, 1, 1))
        return *exit;
    const auto catalog = openCatalog();
    if (!catalog)
        return Failure;
    const QString wanted = parser.positionalArguments().constFirst();
    const auto server = catalog->serverByName(wanted);
    if (!server)
        return fail(tr("No remote server named \"%1\". \"%2 servers list\" shows them.")
                        .arg(wanted, programName()));
    const auto secret = serverSecret(*server, parser.isSet(passwordStdin),
                                     path + QLatin1Char(' ') + shellWord(server->name));
    if (!secret)
        return Failure;

    QNetworkAccessManager network;
    QString error;
    const auto client = remote::RemoteClients::create(*server, *secret, &network, nullptr, &error);
    if (!client)
        return fail(error);

    std::optional<remote::RemoteResult<remote::ServerInfo>> answer;
    if (!waitForAnswer(
            [&](auto finished) {
                client->testConnection(
                    [&, finished](const remote::RemoteResult<remote::ServerInfo> &result) {
                        answer = result;
                        finished();
                    });
            },
            server->timeoutSeconds * 4 + 30, client->displayName()))
        return Failure;
    if (!*answer)
        return fail(answer->error().text());

    const remote::ServerInfo &info = answer->value();
    QString product = info.product;
    if (!info.version.isEmpty())
        product += QLatin1Char(' ') + info.version;
    QString line = tr("Connected to %1").arg(client->displayName());
    if (!product.trimmed().isEmpty())
        line += QStringLiteral(": ") + product.trimmed();
    if (!info.detail.isEmpty())
        line += QStringLiteral(" (") + info.detail + QLatin1Char(')');
    out() << line << '\n';
    out().flush();
    return Success;
}

int ServersCommand::remove(const QStringList &arguments)
{
    const QString path = QStringLiteral("servers remove");
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Remove the server profile NAME from the catalog and its secret from the keychain."));
    parser.addPositionalArgument(QStringLiteral("NAME"), tr("The server profile's name."));
    if (const auto exit = parse(parser, path, QStringLiteral("NAME"), arguments, 1, 1))
        return *exit;
    const auto catalog = openCatalog();
    if (!catalog)
        return Failure;
    const QString wanted = parser.positionalArguments().constFirst();
    const auto server = catalog->serverByName(wanted);
    if (!server)
        return fail(tr("No remote server named \"%1\". \"%2 servers list\" shows them.")
                        .arg(wanted, programName()));
    if (catalog->isReadOnly())
        return fail(tr("The catalog %1 is read-only; the server \"%2\" was not removed.")
                        .arg(catalog->path(), server->name));

    // The secret goes first: a profile that stays can be removed again, a secret left behind
    // in the keychain with no profile pointing at it would be forgotten there.
    const auto store = SecretStores::openNow();
    const bool keychain = store->kind() == SecretStore::Kind::Keychain;
    if (keychain) {
        if (const Status removed = store->removeNow(SecretStore::serverKey(server->id)); !removed)
            return fail(
                tr("%1 The server \"%2\" was not removed.").arg(removed.error(), server->name));
    }
    if (const Status deleted = catalog->deleteServer(server->id); !deleted)
        return fail(deleted.error());
    const QString title =
        tr("%1 server \"%2\"").arg(RemoteServer::kindTitle(server->kind), server->name);
    if (keychain) {
        out() << tr("Removed %1 and its secret from the keychain.").arg(title) << '\n';
        out().flush();
    } else {
        out() << tr("Removed %1.").arg(title) << '\n';
        out().flush();
        err() << programName() << ": "
              << tr("warning: %1 A secret of this server in a keychain that did not answer was "
                    "not removed; it is stored under \"%2\".")
                     .arg(store->description(), SecretStore::serverKey(server->id))
              << '\n';
        err().flush();
    }
    return Success;
}

} // namespace reportdesk::cli
