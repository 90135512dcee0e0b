#include "model/fact.h"

namespace rw {

QString originId(Origin origin)
{
    return origin == Origin::User ? QStringLiteral("user") : QStringLiteral("catalog");
}

Origin originFromId(const QString &id)
{
    return id == u"user" ? Origin::User : Origin::Catalog;
}

} // namespace rw
