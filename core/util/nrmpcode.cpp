#include "util/nrmpcode.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace rw::NrmpCode {

QString normalized(const QString &code)
{
    return code.trimmed().toUpper();
}

bool isValid(const QString &code)
{
    static const QRegularExpression pattern(QStringLiteral("^[0-9]{7}[A-Z][0-9]$"));
    return pattern.match(normalized(code)).hasMatch();
}

QString problem(const QString &code)
{
    if (isValid(code))
        return {};
    return QCoreApplication::translate(
               "rw::NrmpCode",
               "“%1” is not an NRMP code: it needs four digits (institution), three digits "
               "(specialty), a letter (position type) and a digit (track), as in 1234140C0.")
        .arg(code);
}

QString programPart(const QString &code)
{
    return normalized(code).left(7);
}

} // namespace rw::NrmpCode
