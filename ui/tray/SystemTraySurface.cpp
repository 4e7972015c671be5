#include "SystemTraySurface.h"

#include "Icons.h"

#include <QPainter>
#include <QPixmap>

namespace reportdesk {

SystemTraySurface::SystemTraySurface(QObject *parent)
    : TraySurface(parent)
    , m_icon(Icons::app())
{
    m_tray.setIcon(m_icon);
    connect(&m_tray, &QSystemTrayIcon::activated, this,
            [this](QSystemTrayIcon::ActivationReason reason) {
                // Context: the menu opens by itself. Double clicks follow a Trigger already.
                if (reason == QSystemTrayIcon::Trigger)
                    emit activated();
            });
    connect(&m_tray, &QSystemTrayIcon::messageClicked, this, &TraySurface::messageClicked);
}

bool SystemTraySurface::isAvailable() const
{
    return QSystemTrayIcon::isSystemTrayAvailable();
}

void SystemTraySurface::setVisible(bool visible)
{
    m_tray.setVisible(visible);
}

void SystemTraySurface::setToolTip(const QString &text)
{
    m_tray.setToolTip(text);
}

void SystemTraySurface::setContextMenu(QMenu *menu)
{
    m_tray.setContextMenu(menu);
}

void SystemTraySurface::setPaused(bool paused)
{
    if (paused && m_pausedIcon.isNull())
        m_pausedIcon = pausedIcon(m_icon);
    m_tray.setIcon(paused ? m_pausedIcon : m_icon);
}

void SystemTraySurface::showMessage(const QString &title, const QString &text, Severity severity,
                                    int msecs)
{
    const QSystemTrayIcon::MessageIcon icon =
        severity == Severity::Critical  ? QSystemTrayIcon::Critical
        : severity == Severity::Warning ? QSystemTrayIcon::Warning
                                        : QSystemTrayIcon::Information;
    m_tray.showMessage(title, text, icon, msecs);
}

QIcon SystemTraySurface::pausedIcon(const QIcon &base)
{
    QIcon icon;
    for (const int size : {16, 22, 24, 32, 48, 64}) {
        QPixmap pixmap(size, size);
        pixmap.fill(Qt::transparent);
        QPainter p(&pixmap);
        p.setRenderHint(QPainter::Antialiasing);
        p.setOpacity(0.5); // dimmed: nothing starts on its own
        p.drawPixmap(0, 0, base.pixmap(size, size));
        p.setOpacity(1.0);
        // A pause badge in the bottom right corner, where the app icon has its clock.
        const qreal d = size * 0.5;
        const QRectF badge(size - d, size - d, d, d);
        p.setPen(Qt::NoPen);
        p.setBrush(QColor(0x57, 0x60, 0x6a));
        p.drawEllipse(badge);
        p.setBrush(Qt::white);
        const qreal barW = d * 0.16;
        const qreal barH = d * 0.5;
        const qreal top = badge.center().y() - barH / 2;
        p.drawRect(QRectF(badge.center().x() - barW * 1.5, top, barW, barH));
        p.drawRect(QRectF(badge.center().x() + barW * 0.5, top, barW, barH));
        p.end();
        icon.addPixmap(pixmap);
    }
    return icon;
}

} // namespace reportdesk
