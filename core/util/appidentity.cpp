#include "util/appidentity.h"

#include <QCoreApplication>
#include <QString>

namespace rw {

void setApplicationIdentity()
{
    QCoreApplication::setOrganizationName(QStringLiteral("Rankwise"));
    QCoreApplication::setOrganizationDomain(QStringLiteral("rankwise.github.io"));
    QCoreApplication::setApplicationName(QStringLiteral("Rankwise"));
    QCoreApplication::setApplicationVersion(QStringLiteral(RANKWISE_VERSION));
}

} // namespace rw
