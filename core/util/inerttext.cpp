#include "util/inerttext.h"

#include <QList>

namespace rw {

namespace {

bool isBidiControl(char32_t c)
{
    return (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069) || c == 0x200E
        || c == 0x200F || c == 0x061C;
}

} // namespace

QString inertText(const QString &text, bool keepLineBreaks)
{
    QString result;
    result.reserve(text.size());
    for (const char32_t c : text.toUcs4()) {
        if (keepLineBreaks && (c == u'\n' || c == u'\t')) {
            result.append(QChar(c));
        } else if (keepLineBreaks && c == u'\r') {
            continue; // CRLF reads as LF
        } else if (c < 0x20) {
            result.append(QChar(char16_t(0x2400 + c))); // control pictures: ␀ … ␟
        } else if (c == 0x7F) {
            result.append(QChar(u'\u2421'));
        } else if (c >= 0x80 && c < 0xA0) {
            result.append(QStringLiteral("[U+%1]").arg(uint(c), 4, 16, QLatin1Char('0')).toUpper());
        } else if (isBidiControl(c)) {
            result.append(QStringLiteral("[U+%1]").arg(uint(c), 4, 16, QLatin1Char('0')).toUpper());
        } else {
            result.append(QString::fromUcs4(&c, 1));
        }
    }
    return result;
}

} // namespace rw
