#pragma once

#include <QObject>
#include <QString>

class QMenu;

namespace reportdesk {

// What the tray logic needs from a tray icon, so TrayController is tested without a desktop:
// SystemTraySurface is the real one (QSystemTrayIcon), tests use a fake that records calls.
// The surface reports the user's clicks as signals: activated() for a plain click on the icon
// (QSystemTrayIcon::Trigger), messageClicked() for a click on the last notification shown.
class TraySurface : public QObject {
    Q_OBJECT

public:
    enum class Severity { Information, Warning, Critical };

    using QObject::QObject;
    ~TraySurface() override = default;

    // Whether the desktop shows tray icons at all (none on a bare X server, GNOME without the
    // AppIndicator extension, or the offscreen platform).
    virtual bool isAvailable() const = 0;
    virtual void setVisible(bool visible) = 0;
    virtual void setToolTip(const QString &text) = 0;
    virtual void setContextMenu(QMenu *menu) = 0; // not owned
    virtual void setPaused(bool paused) = 0;      // the icon shows that scheduling is paused
    virtual void showMessage(const QString &title, const QString &text, Severity severity,
                             int msecs) = 0;

signals:
    void activated();
    void messageClicked();
};

} // namespace reportdesk
