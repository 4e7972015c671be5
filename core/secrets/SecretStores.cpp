#include "SecretStores.h"

#include "secrets/KeychainSecretStore.h"
#include "secrets/SessionSecretStore.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QPointer>
#include <QTimer>

namespace reportdesk {

namespace {

// One probe in flight. It owns the keychain store until the answer (or the timeout) decides;
// whichever comes first finishes the probe and deletes this object, which drops the other.
class Probe : public QObject {
public:
    Probe(const QString &serviceName, std::chrono::milliseconds timeout, const QObject *context,
          SecretStores::OpenCallback done)
        : m_keychain(std::make_unique<KeychainSecretStore>(serviceName))
        , m_timeout(timeout)
        , m_context(context)
        , m_hasContext(context != nullptr)
        , m_done(std::move(done))
    {
        m_clock.start();
        QTimer::singleShot(timeout, this, [this] {
            finish(false, SecretStores::tr("no answer within %1 s")
                              .arg(QString::number(double(m_timeout.count()) / 1000.0, 'g', 3)));
        });
        // The keychain store is the context: deleting it (with this probe) drops a late answer.
        m_keychain->probe(m_keychain.get(),
                          [this](Status answer) { finish(answer.ok(), answer.error()); });
    }

private:
    // Called by the answer or by the timer, whichever comes first; the second call does nothing.
    void finish(bool answered, const QString &reason)
    {
        if (m_finished)
            return;
        m_finished = true;
        std::unique_ptr<SecretStore> store;
        if (answered) {
            qCInfo(lcSecrets).nospace()
                << "using the system keychain (answered in " << m_clock.elapsed() << " ms)";
            store = std::move(m_keychain);
        } else {
            qCWarning(lcSecrets).nospace().noquote() << "no keychain answered (" << reason
                                                     << "); secrets are kept for this session only";
            store = std::make_unique<SessionSecretStore>(reason);
            // Not deleted here: this may run inside the keychain store's own callback. Deleting
            // it drops its probe's late answer.
            m_keychain.release()->deleteLater();
        }
        deleteLater();
        if (!m_hasContext || m_context)
            m_done(std::move(store));
    }

    std::unique_ptr<KeychainSecretStore> m_keychain;
    std::chrono::milliseconds m_timeout;
    QPointer<const QObject> m_context;
    bool m_hasContext;
    SecretStores::OpenCallback m_done;
    QElapsedTimer m_clock;
    bool m_finished = false;
};

} // namespace

void SecretStores::open(const QString &serviceName, std::chrono::milliseconds timeout,
                        const QObject *context, OpenCallback done)
{
    new Probe(serviceName, timeout, context, std::move(done));
}

std::unique_ptr<SecretStore> SecretStores::openNow(const QString &serviceName,
                                                   std::chrono::milliseconds timeout)
{
    QEventLoop loop;
    std::unique_ptr<SecretStore> store;
    bool answered = false;
    open(serviceName, timeout, &loop, [&](std::unique_ptr<SecretStore> opened) {
        store = std::move(opened);
        answered = true;
        loop.quit();
    });
    // open() always answers (the probe's own timer guarantees it), so no second timer here.
    if (!answered)
        loop.exec(QEventLoop::ExcludeUserInputEvents);
    return store;
}

} // namespace reportdesk
