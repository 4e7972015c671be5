#pragma once

#include "secrets/SecretStore.h"

#include <QCoreApplication>

#include <chrono>
#include <functional>
#include <memory>

namespace reportdesk {

// Picks the secret store for this process: the OS keychain when it answers, otherwise the
// session-only store with the reason (shown by the UI and the CLI through description()).
// The probe is a lookup of a key that does not exist; it is bounded by `timeout`, so a missing
// D-Bus session, a missing Secret Service or a keychain that never answers (a hung daemon,
// an unlock prompt nobody sees) cannot hang the caller.
class SecretStores {
    Q_DECLARE_TR_FUNCTIONS(SecretStores)
public:
    static constexpr std::chrono::milliseconds DefaultProbeTimeout{3000};

    using OpenCallback = std::function<void(std::unique_ptr<SecretStore>)>;

    // Asynchronous, for the running GUI: `done` gets the store later from the event loop,
    // unless `context` is destroyed first.
    static void open(const QString &serviceName, std::chrono::milliseconds timeout,
                     const QObject *context, OpenCallback done);

    // Blocking (a local event loop, at most about `timeout`), for the CLI, tests and start-up
    // before any window exists.
    static std::unique_ptr<SecretStore>
    openNow(const QString &serviceName = SecretStore::defaultServiceName(),
            std::chrono::milliseconds timeout = DefaultProbeTimeout);
};

} // namespace reportdesk
