#include "remote/kibana/Rison.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>

#include <cmath>

namespace reportdesk::remote {

namespace {

// rison-node: characters that may not appear in an unquoted string, and those that may not
// start one (so an id never looks like a number).
constexpr QStringView kNotIdChar = u" '!:(),*@$";
constexpr QStringView kNotIdStart = u"-0123456789";
// Deeper nesting than any Kibana jobParams; guards the recursive parser's stack.
constexpr int kMaxDepth = 256;

bool isIdChar(QChar c)
{
    return !kNotIdChar.contains(c);
}

bool isIdStart(QChar c)
{
    return isIdChar(c) && !kNotIdStart.contains(c);
}

QString encodeString(const QString &s)
{
    if (s.isEmpty())
        return QStringLiteral("''");
    if (Rison::isId(s))
        return s;
    QString out;
    out.reserve(s.size() + 4);
    out += QLatin1Char('\'');
    for (const QChar c : s) {
        if (c == QLatin1Char('!') || c == QLatin1Char('\''))
            out += QLatin1Char('!');
        out += c;
    }
    out += QLatin1Char('\'');
    return out;
}

void encodeValue(const QJsonValue &value, QString &out)
{
    switch (value.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        out += QStringLiteral("!n");
        return;
    case QJsonValue::Bool:
        out += value.toBool() ? QStringLiteral("!t") : QStringLiteral("!f");
        return;
    case QJsonValue::Double:
        out += Rison::numberText(value.toDouble());
        return;
    case QJsonValue::String:
        out += encodeString(value.toString());
        return;
    case QJsonValue::Array: {
        out += QStringLiteral("!(");
        bool first = true;
        for (const QJsonValue &v : value.toArray()) {
            if (!first)
                out += QLatin1Char(',');
            first = false;
            encodeValue(v, out);
        }
        out += QLatin1Char(')');
        return;
    }
    case QJsonValue::Object: {
        // QJsonObject keeps its keys sorted, as rison-node's encoder sorts them.
        const QJsonObject o = value.toObject();
        out += QLatin1Char('(');
        bool first = true;
        for (auto it = o.begin(); it != o.end(); ++it) {
            if (!first)
                out += QLatin1Char(',');
            first = false;
            out += encodeString(it.key());
            out += QLatin1Char(':');
            encodeValue(it.value(), out);
        }
        out += QLatin1Char(')');
        return;
    }
    }
}

class Parser {
    Q_DECLARE_TR_FUNCTIONS(Rison)

public:
    explicit Parser(QStringView text)
        : m_text(text)
    {}

    std::optional<QJsonValue> parseDocument()
    {
        if (m_text.isEmpty())
            return fail(0, tr("the text is empty"));
        auto value = parseValue(0);
        if (!value)
            return {};
        if (m_pos < m_text.size())
            return fail(m_pos, tr("unexpected “%1” after the end of the value").arg(m_text[m_pos]));
        return value;
    }

    Rison::Error error() const { return m_error; }

private:
    std::nullopt_t fail(qsizetype at, QString message)
    {
        m_error.position = at;
        m_error.message = std::move(message);
        return std::nullopt;
    }

    bool atEnd() const { return m_pos >= m_text.size(); }

    std::optional<QJsonValue> parseValue(int depth)
    {
        if (depth > kMaxDepth)
            return fail(m_pos, tr("nested deeper than %1 levels").arg(kMaxDepth));
        if (atEnd())
            return fail(m_pos, tr("a value is missing at the end"));
        const QChar c = m_text[m_pos];
        if (c == QLatin1Char('('))
            return parseObject(depth);
        if (c == QLatin1Char('!'))
            return parseBang(depth);
        if (c == QLatin1Char('\''))
            return parseQuoted();
        if (c == QLatin1Char('-') || (c >= QLatin1Char('0') && c <= QLatin1Char('9')))
            return parseNumber();
        if (isIdStart(c))
            return QJsonValue(parseId());
        return fail(m_pos, tr("“%1” cannot start a value").arg(c));
    }

    QString parseId()
    {
        const qsizetype start = m_pos;
        while (!atEnd() && isIdChar(m_text[m_pos]))
            ++m_pos;
        return m_text.mid(start, m_pos - start).toString();
    }

    std::optional<QJsonValue> parseQuoted()
    {
        const qsizetype start = m_pos;
        ++m_pos; // the opening quote
        QString s;
        while (true) {
            if (atEnd())
                return fail(start, tr("the quoted string is not closed with '"));
            const QChar c = m_text[m_pos++];
            if (c == QLatin1Char('\''))
                return QJsonValue(s);
            if (c == QLatin1Char('!')) {
                if (atEnd())
                    return fail(m_pos - 1, tr("the quoted string is not closed with '"));
                const QChar escaped = m_text[m_pos];
                if (escaped != QLatin1Char('!') && escaped != QLatin1Char('\''))
                    return fail(m_pos - 1, tr("“!%1” is not an escape inside quotes (only !! and "
                                              "!' are)")
                                               .arg(escaped));
                s += escaped;
                ++m_pos;
                continue;
            }
            s += c;
        }
    }

    // -?digits(.digits)?([eE]-?digits)?, as rison-node reads numbers (it never writes '+').
    std::optional<QJsonValue> parseNumber()
    {
        const qsizetype start = m_pos;
        auto digits = [this] {
            const qsizetype from = m_pos;
            while (!atEnd() && m_text[m_pos] >= QLatin1Char('0') &&
                   m_text[m_pos] <= QLatin1Char('9'))
                ++m_pos;
            return m_pos > from;
        };
        if (m_text[m_pos] == QLatin1Char('-'))
            ++m_pos;
        if (!digits())
            return fail(start, tr("a number needs digits after “-”"));
        if (!atEnd() && m_text[m_pos] == QLatin1Char('.')) {
            ++m_pos;
            if (!digits())
                return fail(m_pos, tr("a number needs digits after the decimal point"));
        }
        if (!atEnd() && (m_text[m_pos] == QLatin1Char('e') || m_text[m_pos] == QLatin1Char('E'))) {
            ++m_pos;
            if (!atEnd() && m_text[m_pos] == QLatin1Char('-'))
                ++m_pos;
            if (!digits())
                return fail(m_pos, tr("a number needs digits in its exponent"));
        }
        bool ok = false;
        const double v = m_text.mid(start, m_pos - start).toDouble(&ok);
        if (!ok || !std::isfinite(v))
            return fail(
                start, tr("the number “%1” is out of range").arg(m_text.mid(start, m_pos - start)));
        return QJsonValue(v);
    }

    std::optional<QJsonValue> parseBang(int depth)
    {
        const qsizetype start = m_pos;
        ++m_pos;
        if (atEnd())
            return fail(start, tr("“!” at the end"));
        const QChar c = m_text[m_pos++];
        switch (c.unicode()) {
        case 't':
            return QJsonValue(true);
        case 'f':
            return QJsonValue(false);
        case 'n':
            return QJsonValue(QJsonValue::Null);
        case '(':
            return parseArrayItems(start, depth);
        default:
            return fail(start,
                        tr("“!%1” is not a rison value (only !t, !f, !n and !( are)").arg(c));
        }
    }

    std::optional<QJsonValue> parseArrayItems(qsizetype start, int depth)
    {
        QJsonArray array;
        while (true) {
            if (atEnd())
                return fail(start, tr("the list that starts here is not closed with “)”"));
            if (m_text[m_pos] == QLatin1Char(')')) {
                ++m_pos;
                return QJsonValue(array);
            }
            if (!array.isEmpty()) {
                if (m_text[m_pos] != QLatin1Char(','))
                    return fail(m_pos,
                                tr("expected “,” or “)” in a list, found “%1”").arg(m_text[m_pos]));
                ++m_pos;
            } else if (m_text[m_pos] == QLatin1Char(',')) {
                return fail(m_pos, tr("a list cannot start with “,”"));
            }
            if (!atEnd() && m_text[m_pos] == QLatin1Char(')'))
                return fail(m_pos, tr("a value is missing after “,”"));
            auto value = parseValue(depth + 1);
            if (!value)
                return {};
            array.append(*value);
        }
    }

    std::optional<QJsonValue> parseObject(int depth)
    {
        const qsizetype start = m_pos;
        ++m_pos;
        QJsonObject object;
        bool first = true;
        while (true) {
            if (atEnd())
                return fail(start, tr("the object that starts here is not closed with “)”"));
            if (m_text[m_pos] == QLatin1Char(')')) {
                ++m_pos;
                return QJsonValue(object);
            }
            if (!first) {
                if (m_text[m_pos] != QLatin1Char(','))
                    return fail(
                        m_pos,
                        tr("expected “,” or “)” after a value, found “%1”").arg(m_text[m_pos]));
                ++m_pos;
                if (!atEnd() && m_text[m_pos] == QLatin1Char(')'))
                    return fail(m_pos, tr("a key is missing after “,”"));
            } else if (m_text[m_pos] == QLatin1Char(',')) {
                return fail(m_pos, tr("an object cannot start with “,”"));
            }
            first = false;
            const qsizetype keyAt = m_pos;
            if (atEnd())
                return fail(start, tr("the object that starts here is not closed with “)”"));
            auto key = parseValue(depth + 1);
            if (!key)
                return {};
            // rison-node turns any scalar key into its string; numbers are the only plausible
            // other kind. Objects, lists, booleans and null make no sense as keys.
            QString name;
            if (key->isString())
                name = key->toString();
            else if (key->isDouble())
                name = Rison::numberText(key->toDouble());
            else
                return fail(keyAt, tr("a key must be a string"));
            if (atEnd() || m_text[m_pos] != QLatin1Char(':'))
                return fail(m_pos, tr("expected “:” after the key “%1”").arg(name));
            ++m_pos;
            if (object.contains(name))
                return fail(keyAt, tr("the key “%1” appears twice").arg(name));
            auto value = parseValue(depth + 1);
            if (!value)
                return {};
            object.insert(name, *value);
        }
    }

    QStringView m_text;
    qsizetype m_pos = 0;
    Rison::Error m_error;
};

} // namespace

QString Rison::Error::text(QStringView source) const
{
    QString near;
    if (!source.isEmpty()) {
        const qsizetype from = qMax<qsizetype>(0, position - 10);
        const qsizetype to = qMin<qsizetype>(source.size(), position + 10);
        near = source.mid(from, to - from).toString();
        if (from > 0)
            near.prepend(QChar(0x2026));
        if (to < source.size())
            near.append(QChar(0x2026));
    }
    const QString base = tr("malformed rison at position %1: %2").arg(position + 1).arg(message);
    return near.isEmpty() ? base : tr("%1 (near “%2”)").arg(base, near);
}

QString Rison::encode(const QJsonValue &value)
{
    QString out;
    encodeValue(value, out);
    return out;
}

Result<QJsonValue> Rison::decode(QStringView text, Error *error)
{
    Parser parser(text);
    auto value = parser.parseDocument();
    if (!value) {
        if (error)
            *error = parser.error();
        return Result<QJsonValue>::failure(parser.error().text(text));
    }
    if (error)
        *error = {};
    return *value;
}

bool Rison::isId(QStringView text)
{
    if (text.isEmpty() || !isIdStart(text.front()))
        return false;
    for (const QChar c : text) {
        if (!isIdChar(c))
            return false;
    }
    return true;
}

QString Rison::numberText(double value)
{
    if (!std::isfinite(value))
        return QStringLiteral("!n");
    if (value == 0)
        return QStringLiteral("0"); // also -0, as JavaScript prints it
    // The shortest digits that read back as the same double, then JavaScript's layout rules
    // (ECMA-262 Number::toString): plain notation for exponents -7 < n <= 21.
    const QString e = QString::number(std::fabs(value), 'e', QLocale::FloatingPointShortest);
    const qsizetype ePos = e.indexOf(QLatin1Char('e'));
    QString digits = e.left(ePos);
    digits.remove(QLatin1Char('.'));
    while (digits.size() > 1 && digits.endsWith(QLatin1Char('0')))
        digits.chop(1);
    const int exponent = e.mid(ePos + 1).toInt();
    const int k = int(digits.size());
    const int n = exponent + 1; // value = 0.d1d2...dk * 10^n
    QString out;
    if (k <= n && n <= 21) {
        out = digits + QString(n - k, QLatin1Char('0'));
    } else if (0 < n && n <= 21) {
        out = digits.left(n) + QLatin1Char('.') + digits.mid(n);
    } else if (-6 < n && n <= 0) {
        out = QStringLiteral("0.") + QString(-n, QLatin1Char('0')) + digits;
    } else {
        out = digits.left(1);
        if (k > 1)
            out += QLatin1Char('.') + digits.mid(1);
        out += QLatin1Char('e') + QString::number(n - 1); // no '+': rison strips it
    }
    return value < 0 ? QLatin1Char('-') + out : out;
}

} // namespace reportdesk::remote
