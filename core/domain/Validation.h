#pragma once

#include <QList>
#include <QString>

namespace reportdesk {

struct Report;
struct BrandingProfile;
struct DataSource;

// One problem with one field. `field` is a stable key the editors map to their widgets
// ("name", "timeRange.from", "sections[2].query", ...).
struct FieldError {
    QString field;
    QString message;
    friend bool operator==(const FieldError &, const FieldError &) = default;
};
using FieldErrors = QList<FieldError>;

// Pure checks shared by the editors, the catalog and the CLI, so every entry point rejects the
// same input with the same words.
namespace Validation {
QString checkName(const QString &name, const QString &what); // empty when valid
FieldErrors checkReport(const Report &report);
FieldErrors checkBranding(const BrandingProfile &profile);
FieldErrors checkDataSource(const DataSource &source);
QString checkLogo(const QByteArray &bytes); // empty when the bytes are an acceptable image
QString joined(const FieldErrors &errors);
} // namespace Validation

} // namespace reportdesk
