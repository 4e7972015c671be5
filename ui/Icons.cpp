#include "Icons.h"

namespace reportdesk::Icons {

QIcon app()
{
    return QIcon(QStringLiteral(":/reportdesk/icons/reportdesk.svg"));
}

QIcon themed(const char *themeName, const char *fallbackResource)
{
    const QIcon fallback = fallbackResource ? QIcon(QLatin1String(fallbackResource)) : QIcon();
    return QIcon::fromTheme(QLatin1String(themeName), fallback);
}

} // namespace reportdesk::Icons
