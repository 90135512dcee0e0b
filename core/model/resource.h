#pragma once

#include <QList>
#include <QString>

namespace rw {

struct ResourceOffering
{
    QString category;
    QString name;
    QString description;
};

// An organisation an applicant may find useful that is not itself rankable,
// such as a primary-care centre.
struct Resource
{
    qint64 id = 0;
    QString key;
    QString name;
    QString kind;
    QString city;
    QString state;
    QString address;
    QString phone;
    QString website;
    QString description;
    QString source;
    QList<ResourceOffering> offerings;
};

} // namespace rw
