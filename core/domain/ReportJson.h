#pragma once

#include "Report.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

namespace reportdesk {

// ReportDesk's own versioned exchange format for one report:
//   { "format": "reportdesk.report", "version": 1, "report": { ... } }
// The folder is not part of the document (import chooses it); the id is, so that importing an
// exported report and exporting it again yields the same document.
namespace ReportJson {
constexpr int kVersion = 1;
inline constexpr char kFormat[] = "reportdesk.report";

QJsonObject toJson(const Report &report);
QByteArray toDocument(const Report &report); // indented UTF-8, keys sorted

// Parses a document. On failure returns false and sets *error to a message naming the problem
// (the JSON error and its offset, an unknown version, or the missing/ill-typed field).
bool fromDocument(const QByteArray &bytes, Report *report, QString *error);
bool fromJson(const QJsonObject &object, Report *report, QString *error);

QJsonObject sectionToJson(const Section &section);
bool sectionFromJson(const QJsonObject &object, Section *section, QString *error);
} // namespace ReportJson

} // namespace reportdesk
