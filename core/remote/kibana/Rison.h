#pragma once

#include "domain/Result.h"

#include <QCoreApplication>
#include <QJsonValue>
#include <QString>
#include <QStringView>

namespace reportdesk::remote {

// Rison, the JSON variant Kibana puts into URLs (its jobParams), as rison-node (which Kibana's
// @kbn/rison wraps) writes and reads it: objects `(a:1,b:x)` with their keys sorted, arrays
// `!(1,2)`, `!t` `!f` `!n`, numbers as JavaScript prints them (no `+` in the exponent), and
// strings bare when they are identifiers (`preserve_layout`, `now-7d`) or quoted
// (`'Ops weekly'`, `'9.1.0'`) with `!!` and `!'` as the only escapes. Decoding is strict: no
// whitespace outside quotes, no trailing characters, no missing or extra commas; an error names
// the position (1-based, in characters) and what was expected there. decode(encode(v)) == v,
// and encode(decode(s)) == s for anything Kibana itself wrote.
class Rison {
    Q_DECLARE_TR_FUNCTIONS(Rison)

public:
    struct Error {
        qsizetype position = 0; // 0-based index into the text
        QString message;        // "missing ':' after the key “title”"
        // "malformed rison at position 13: missing ':' ... (near “title'Ops”)"
        QString text(QStringView source) const;
    };

    static QString encode(const QJsonValue &value);
    // The value, or a failure whose message is Error::text(); *error gets the details.
    static Result<QJsonValue> decode(QStringView text, Error *error = nullptr);

    // True when `text` can stand unquoted (an "id").
    static bool isId(QStringView text);
    // How JavaScript's Number.prototype.toString writes a double, without the exponent's '+'
    // (rison's number form): 1200, 0.5, 1611.2000732421875, 1e21, 1e-7.
    static QString numberText(double value);
};

} // namespace reportdesk::remote
