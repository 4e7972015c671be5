#pragma once

#include <QByteArray>
#include <QString>
#include <QtGlobal>

namespace reportdesk {

// The look of a rendered report: logo, colours, header/footer, watermark and page numbers.
struct BrandingProfile {
    static constexpr qint64 kMaxLogoBytes = 2 * 1024 * 1024;

    qint64 id = 0;
    QString name;
    QByteArray logo;      // image bytes (PNG, JPEG, SVG); empty = no logo
    QString logoFileName; // the file the logo came from, for display
    QString accentColor = QStringLiteral("#1f6feb"); // #RRGGBB
    QString headerText;
    QString footerText;
    QString footerLink; // URL the footer text links to; may be empty
    QString watermarkText;
    QString fontFamily = QStringLiteral("DejaVu Sans");
    QString pageNumberFormat = QStringLiteral("Page {page} of {pages}");
    bool isDefault = false;

    friend bool operator==(const BrandingProfile &, const BrandingProfile &) = default;

    // "Page {page} of {pages}" -> "Page 3 of 7".
    QString formatPageNumber(int page, int pages) const;
};

} // namespace reportdesk
