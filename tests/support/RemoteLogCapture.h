#pragma once

#include <QStringList>

namespace reportdesk::test {

// Everything the remote layer (the reportdesk.remote.* logging categories, debug included)
// logs while a test runs, so tests can assert that no secret is ever logged. install() in
// initTestCase(), uninstall() in cleanupTestCase(); clear() per test. TST_SHOW_LOGS=1 also
// passes those messages on to the previous handler, for a look at what the layer says.
class RemoteLogCapture {
public:
    static void install();
    static void uninstall();
    static QStringList &logs();
    static void clear() { logs().clear(); }
};

} // namespace reportdesk::test
