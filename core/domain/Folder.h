#pragma once

#include <QString>
#include <QtGlobal>

namespace reportdesk {

// A folder in the local catalog. Folders nest; a parentId of 0 means the top level.
struct Folder {
    qint64 id = 0;
    qint64 parentId = 0;
    QString name;
    int position = 0;

    friend bool operator==(const Folder &, const Folder &) = default;
};

} // namespace reportdesk
