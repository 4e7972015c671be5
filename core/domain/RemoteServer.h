#pragma once

#include "domain/Validation.h"

#include <QJsonObject>
#include <QString>
#include <QUrl>
#include <QUuid>

#include <optional>

namespace reportdesk {

// A server profile: where a Kibana, Grafana, OpenObserve or Zscaler UVM server is and how to
// sign in. The secret (password, token, API key or client secret) is never here: it lives in
// the keychain under SecretStore::serverKey(id). TLS verification is always on; caFile adds a
// private CA.
struct RemoteServer {
    enum class Kind { Kibana, Grafana, OpenObserve, Uvm };
    enum class Auth {
        None,
        Basic,             // userName + password
        Bearer,            // token (Grafana service account token, OpenObserve token)
        ApiKey,            // Kibana "Authorization: ApiKey <base64 id:key>"
        ClientCredentials, // OAuth2: userName is the client id, the secret the client secret
    };

    QUuid id;
    Kind kind = Kind::Grafana;
    QString name;         // unique among servers, shown as the tree's top-level node
    QUrl baseUrl;         // Kibana: http(s)://host:5601[/basepath]; Grafana: the root URL, ...
    QString organisation; // Grafana org id, Kibana space, OpenObserve org, UVM account id
    Auth auth = Auth::Basic;
    QString userName; // or the OAuth2 client id
    QString caFile;   // extra CA certificates (PEM); empty = the system's
    int timeoutSeconds = 30;
    QString region;    // UVM: "us", "eu" or "" (custom base URL)
    QJsonObject extra; // kind-specific settings the app does not model yet

    friend bool operator==(const RemoteServer &, const RemoteServer &) = default;

    static QString kindName(Kind kind); // "kibana", "grafana", "openobserve", "uvm"
    static std::optional<Kind> kindFromName(const QString &name);
    static QString kindTitle(Kind kind); // "Kibana", "Grafana", "OpenObserve", "Zscaler UVM"
    static QString authName(Auth auth); // "none", "basic", "bearer", "apikey", "client-credentials"
    static std::optional<Auth> authFromName(const QString &name);
    // What a kind accepts (Kibana: basic, apikey; Grafana: basic, bearer; OpenObserve: basic,
    // bearer; UVM: client-credentials).
    static QList<Auth> authMethods(Kind kind);

    // Field errors keyed "name", "baseUrl", "auth", "userName", "caFile", "timeout",
    // "organisation" (UVM needs its account id).
    FieldErrors validate() const;
};

} // namespace reportdesk
