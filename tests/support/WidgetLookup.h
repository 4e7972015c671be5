#pragma once

#include <QObject>
#include <QtGlobal>

namespace reportdesk::test {

// The descendant of `root` with this objectName and type. A missing one is a broken test
// (a renamed widget), not a failed assertion, so it stops the test binary with its name.
template <typename T> T *findNamed(const QObject *root, const char *name)
{
    T *found = root ? root->findChild<T *>(QLatin1String(name)) : nullptr;
    if (!found)
        qFatal("no %s named \"%s\"", T::staticMetaObject.className(), name);
    return found;
}

} // namespace reportdesk::test
