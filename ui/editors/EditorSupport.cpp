#include "EditorSupport.h"

#include <QLayout>

#include "domain/Report.h"
#include "domain/TimeRange.h"

#include <QLabel>
#include <QPalette>
#include <QRegularExpression>
#include <QVBoxLayout>
#include <QWidget>

namespace reportdesk::EditorSupport {

namespace {
const QColor kErrorText(0xb3, 0x26, 0x1e);
const QColor kErrorBase(0xfd, 0xec, 0xea);
} // namespace

QLabel *makeErrorLabel(const QString &objectName, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QPalette p = label->palette();
    p.setColor(QPalette::WindowText, kErrorText);
    label->setPalette(p);
    label->setVisible(false);
    return label;
}

QWidget *withErrorLabel(QWidget *field, QLabel *errorLabel)
{
    auto *box = new QWidget;
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(field);
    layout->addWidget(errorLabel);
    return box;
}

void setFieldError(QWidget *field, QLabel *errorLabel, const QString &message)
{
    if (errorLabel) {
        errorLabel->setText(message);
        errorLabel->setVisible(!message.isEmpty());
    }
    if (!field)
        return;
    const bool marked = field->property("reportdeskError").toBool();
    if (marked == !message.isEmpty())
        return;
    field->setProperty("reportdeskError", !message.isEmpty());
    if (message.isEmpty()) {
        field->setPalette(QPalette()); // back to the inherited palette
        field->setAccessibleDescription(QString());
    } else {
        QPalette p = field->palette();
        p.setColor(QPalette::Base, kErrorBase);
        p.setColor(QPalette::Button, kErrorBase);
        field->setPalette(p);
        field->setAccessibleDescription(message);
    }
}

void fitHeightForWrappedText(QWidget *window)
{
    QLayout *l = window ? window->layout() : nullptr;
    if (!l || !l->hasHeightForWidth())
        return;
    l->activate();
    const int needed = l->totalHeightForWidth(window->width());
    if (needed > window->height())
        window->resize(window->width(), needed);
}

QVariantMap bindings(const Report &report, const QDateTime &now, QString *error)
{
    QVariantMap values;
    for (const Variable &v : report.variables) {
        if (!v.name.isEmpty())
            values.insert(v.name, v.value);
    }
    const QTimeZone zone(report.timeZone.toUtf8());
    if (!zone.isValid()) {
        if (error)
            *error = QObject::tr("\"%1\" is not a known time zone.").arg(report.timeZone);
        return values;
    }
    QString e;
    const QDateTime from = TimeRange::resolve(report.timeRange.from, now, zone, &e);
    const QDateTime to =
        from.isValid() ? TimeRange::resolve(report.timeRange.to, now, zone, &e) : QDateTime();
    if (!from.isValid() || !to.isValid()) {
        if (error)
            *error = e;
        return values;
    }
    values.insert(QStringLiteral("from"), from.toUTC().toString(Qt::ISODate));
    values.insert(QStringLiteral("to"), to.toUTC().toString(Qt::ISODate));
    return values;
}

QString substituteVariables(const QString &text, const QVariantMap &values, QStringList *undefined)
{
    static const QRegularExpression placeholder(
        QStringLiteral("\\$\\{([A-Za-z_][A-Za-z0-9_]*)\\}"));
    QString out;
    qsizetype last = 0;
    auto it = placeholder.globalMatch(text);
    while (it.hasNext()) {
        const auto m = it.next();
        out += QStringView(text).mid(last, m.capturedStart() - last);
        const QString name = m.captured(1);
        if (values.contains(name)) {
            out += values.value(name).toString();
        } else {
            out += m.captured(0);
            if (undefined && !undefined->contains(name))
                undefined->append(name);
        }
        last = m.capturedEnd();
    }
    out += QStringView(text).mid(last);
    return out;
}

} // namespace reportdesk::EditorSupport
