#pragma once

#include <QPointer>
#include <QString>
#include <QThread>
#include <QVariantMap>

#include <functional>
#include <memory>
#include <optional>

class QLabel;
class QWidget;

namespace reportdesk {

struct Report;

// Small pieces the editors share: inline field errors, background work, variable substitution.
namespace EditorSupport {

// A red, word-wrapped label shown under a field while it has an error; hidden otherwise.
QLabel *makeErrorLabel(const QString &objectName, QWidget *parent = nullptr);
// The field above its error label, for use as the field of a QFormLayout row.
QWidget *withErrorLabel(QWidget *field, QLabel *errorLabel);
// Shows (non-empty message) or clears the error of one field: label text and a tinted field.
void setFieldError(QWidget *field, QLabel *errorLabel, const QString &message);
// Makes a dialog tall enough for its word-wrapped labels at its current width. A window does not
// grow for them by itself (Qt sizes windows by their size hint, which ignores height-for-width),
// so a new two-line error would squeeze the form or be cut off. Call after texts change.
void fitHeightForWrappedText(QWidget *window);

// The values a section's query and text see: the report's variables plus "from"/"to", the
// time range resolved at `now` in the report's time zone, as ISO-8601 UTC strings. *error is
// set when the time range or zone cannot be resolved.
QVariantMap bindings(const Report &report, const QDateTime &now, QString *error = nullptr);
// "${name}" -> value for every name in `values`; unknown names stay as written and are listed
// in *undefined.
QString substituteVariables(const QString &text, const QVariantMap &values,
                            QStringList *undefined = nullptr);

// Runs `work` on a new thread and hands its result to `done` on `receiver`'s thread, unless
// `receiver` is gone by then. Returns the thread so the owner can wait for it on destruction.
template <typename T>
QThread *runInBackground(QObject *receiver, std::function<T()> work, std::function<void(T)> done)
{
    auto result = std::make_shared<std::optional<T>>();
    QThread *thread =
        QThread::create([result, work = std::move(work)] { result->emplace(work()); });
    QObject::connect(thread, &QThread::finished, receiver, [result, done = std::move(done)] {
        if (result->has_value())
            done(std::move(**result));
    });
    QObject::connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    thread->start();
    return thread;
}

} // namespace EditorSupport

} // namespace reportdesk
