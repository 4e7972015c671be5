#pragma once

#include "tray/TraySurface.h"

#include <QIcon>
#include <QSystemTrayIcon>

namespace reportdesk {

// The real tray icon: a QSystemTrayIcon (StatusNotifierItem on KDE, GNOME with AppIndicator,
// Xfce, ...) with the application's icon, dimmed with a pause badge while scheduling is paused.
class SystemTraySurface : public TraySurface {
    Q_OBJECT

public:
    explicit SystemTraySurface(QObject *parent = nullptr);

    bool isAvailable() const override;
    void setVisible(bool visible) override;
    void setToolTip(const QString &text) override;
    void setContextMenu(QMenu *menu) override;
    void setPaused(bool paused) override;
    void showMessage(const QString &title, const QString &text, Severity severity,
                     int msecs) override;

    // The application icon with a pause badge, at the sizes trays ask for.
    static QIcon pausedIcon(const QIcon &base);

private:
    QSystemTrayIcon m_tray;
    QIcon m_icon;
    QIcon m_pausedIcon;
};

} // namespace reportdesk
