#pragma once

#include <QIcon>

namespace reportdesk::Icons {

// The application's own icons (SVG, compiled in) with a theme icon preferred where the desktop
// has one, so the app looks native but never shows an empty button.
QIcon app();
QIcon themed(const char *themeName, const char *fallbackResource = nullptr);

} // namespace reportdesk::Icons
