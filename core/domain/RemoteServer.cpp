#include "RemoteServer.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace reportdesk {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("reportdesk::RemoteServer", text);
}

struct KindEntry {
    RemoteServer::Kind kind;
    const char *name;
    const char *title;
};
constexpr KindEntry kKinds[] = {
    {RemoteServer::Kind::Kibana, "kibana", "Kibana"},
    {RemoteServer::Kind::Grafana, "grafana", "Grafana"},
    {RemoteServer::Kind::OpenObserve, "openobserve", "OpenObserve"},
    {RemoteServer::Kind::Uvm, "uvm", "Zscaler UVM"},
};

struct AuthEntry {
    RemoteServer::Auth auth;
    const char *name;
};
constexpr AuthEntry kAuths[] = {
    {RemoteServer::Auth::None, "none"},
    {RemoteServer::Auth::Basic, "basic"},
    {RemoteServer::Auth::Bearer, "bearer"},
    {RemoteServer::Auth::ApiKey, "apikey"},
    {RemoteServer::Auth::ClientCredentials, "client-credentials"},
};
} // namespace

QString RemoteServer::kindName(Kind kind)
{
    for (const KindEntry &e : kKinds) {
        if (e.kind == kind)
            return QLatin1String(e.name);
    }
    return {};
}

std::optional<RemoteServer::Kind> RemoteServer::kindFromName(const QString &name)
{
    for (const KindEntry &e : kKinds) {
        if (name.compare(QLatin1String(e.name), Qt::CaseInsensitive) == 0)
            return e.kind;
    }
    return std::nullopt;
}

QString RemoteServer::kindTitle(Kind kind)
{
    for (const KindEntry &e : kKinds) {
        if (e.kind == kind)
            return QLatin1String(e.title);
    }
    return {};
}

QString RemoteServer::authName(Auth auth)
{
    for (const AuthEntry &e : kAuths) {
        if (e.auth == auth)
            return QLatin1String(e.name);
    }
    return {};
}

std::optional<RemoteServer::Auth> RemoteServer::authFromName(const QString &name)
{
    for (const AuthEntry &e : kAuths) {
        if (name.compare(QLatin1String(e.name), Qt::CaseInsensitive) == 0)
            return e.auth;
    }
    return std::nullopt;
}

QList<RemoteServer::Auth> RemoteServer::authMethods(Kind kind)
{
    switch (kind) {
    case Kind::Kibana:
        return {Auth::Basic, Auth::ApiKey, Auth::None};
    case Kind::Grafana:
        return {Auth::Basic, Auth::Bearer};
    case Kind::OpenObserve:
        return {Auth::Basic, Auth::Bearer};
    case Kind::Uvm:
        return {Auth::ClientCredentials};
    }
    return {};
}

FieldErrors RemoteServer::validate() const
{
    FieldErrors errors;
    if (name.trimmed().isEmpty())
        errors.append({QStringLiteral("name"), tr("The server name must not be empty.")});
    else if (name.contains(QLatin1Char('/')))
        errors.append({QStringLiteral("name"), tr("The server name must not contain \"/\".")});
    const bool customUvm = kind == Kind::Uvm && region.isEmpty();
    if (kind != Kind::Uvm || customUvm) {
        if (!baseUrl.isValid() || baseUrl.host().isEmpty())
            errors.append(
                {QStringLiteral("baseUrl"),
                 tr("Enter the server's address, for example https://grafana.example.com.")});
        else if (baseUrl.scheme() != QLatin1String("https") &&
                 baseUrl.scheme() != QLatin1String("http"))
            errors.append({QStringLiteral("baseUrl"),
                           tr("The address must start with https:// or http://, not \"%1\".")
                               .arg(baseUrl.scheme())});
        else if (baseUrl.hasQuery() || baseUrl.hasFragment() || !baseUrl.userName().isEmpty())
            errors.append({QStringLiteral("baseUrl"),
                           tr("The address must not contain a user name, \"?\" or \"#\"; "
                              "credentials go in the sign-in fields.")});
    }
    if (kind == Kind::Uvm && !region.isEmpty() && region != QLatin1String("us") &&
        region != QLatin1String("eu"))
        errors.append(
            {QStringLiteral("region"),
             tr("Unknown region \"%1\"; choose us, eu or a custom address.").arg(region)});
    if (!authMethods(kind).contains(auth))
        errors.append(
            {QStringLiteral("auth"),
             tr("%1 does not accept sign-in by %2.").arg(kindTitle(kind), authName(auth))});
    if ((auth == Auth::Basic || auth == Auth::ClientCredentials) && userName.trimmed().isEmpty())
        errors.append({QStringLiteral("userName"), auth == Auth::ClientCredentials
                                                       ? tr("Enter the OAuth2 client id.")
                                                       : tr("Enter the user name.")});
    if (kind == Kind::Uvm && organisation.trimmed().isEmpty())
        errors.append({QStringLiteral("organisation"), tr("Enter the UVM account id.")});
    if (!caFile.isEmpty() && !QFileInfo(caFile).isFile())
        errors.append({QStringLiteral("caFile"),
                       tr("The CA certificate file %1 does not exist.").arg(caFile)});
    if (timeoutSeconds < 1 || timeoutSeconds > 3600)
        errors.append(
            {QStringLiteral("timeout"), tr("The timeout must be between 1 and 3600 seconds.")});
    return errors;
}

} // namespace reportdesk
