#include "BrandingProfile.h"

namespace reportdesk {

QString BrandingProfile::formatPageNumber(int page, int pages) const
{
    QString text = pageNumberFormat;
    text.replace(QLatin1String("{pages}"), QString::number(pages));
    text.replace(QLatin1String("{page}"), QString::number(page));
    return text;
}

} // namespace reportdesk
