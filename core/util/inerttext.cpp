#include "util/inerttext.h"

#include <QStringView>

namespace rw::InertText {

namespace {

bool isBidiControl(char32_t c)
{
    return c == 0x061C || c == 0x200E || c == 0x200F || (c >= 0x202A && c <= 0x202E)
        || (c >= 0x2066 && c <= 0x2069);
}

QString tag(char32_t c)
{
    return QStringLiteral("⟦U+%1⟧").arg(
        QString::number(uint(c), 16).toUpper().rightJustified(4, QLatin1Char('0')));
}

// The Unicode "control pictures" block shows C0 controls as ␀…␟ and DEL as ␡.
QString picture(char32_t c)
{
    if (c < 0x20)
        return QString(QChar(char16_t(0x2400 + c)));
    if (c == 0x7F)
        return QString(QChar(char16_t(0x2421)));
    return tag(c);
}

enum class Lines { Keep, Show };

QString render(const QString &text, Lines lines)
{
    QString out;
    out.reserve(text.size());
    const QStringView view(text);
    qsizetype i = 0;
    while (i < view.size()) {
        const QChar ch = view.at(i);
        char32_t c = ch.unicode();
        qsizetype width = 1;
        if (ch.isHighSurrogate() && i + 1 < view.size() && view.at(i + 1).isLowSurrogate()) {
            c = QChar::surrogateToUcs4(ch, view.at(i + 1));
            width = 2;
        } else if (ch.isSurrogate()) {
            // A lone surrogate cannot be shown; name it instead.
            out += tag(c);
            ++i;
            continue;
        }
        if (c == u'\n') {
            out += lines == Lines::Keep ? QStringLiteral("\n") : QStringLiteral("⏎");
        } else if (c == u'\r') {
            // A Windows line end is a line end; a lone CR is shown.
            const bool crlf = i + 1 < view.size() && view.at(i + 1) == u'\n';
            if (!crlf)
                out += lines == Lines::Keep ? QStringLiteral("\n") : QStringLiteral("⏎");
        } else if (c == u'\t') {
            out += lines == Lines::Keep ? QStringLiteral("\t") : QStringLiteral(" ");
        } else if (isActiveCharacter(c)) {
            out += picture(c);
        } else {
            out += view.mid(i, width);
        }
        i += width;
    }
    return out;
}

} // namespace

bool isActiveCharacter(char32_t c)
{
    return c < 0x20 || (c >= 0x7F && c <= 0x9F) || isBidiControl(c) || c == 0x2028 || c == 0x2029
        || c == 0xFEFF || (c >= 0xD800 && c <= 0xDFFF);
}

bool hasActiveCharacters(const QString &text)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar ch = text.at(i);
        if (ch.isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
            ++i; // a pair is one ordinary character
            continue;
        }
        if (ch != u'\n' && ch != u'\t' && isActiveCharacter(ch.unicode()))
            return true;
    }
    return false;
}

QString visible(const QString &text)
{
    return render(text, Lines::Keep);
}

QString visibleLine(const QString &text)
{
    return render(text, Lines::Show);
}

QString excerpt(const QString &text, int maxLength)
{
    QString first = text.trimmed();
    if (const qsizetype end = first.indexOf(u'\n'); end >= 0)
        first = first.left(end).trimmed() + QStringLiteral(" …");
    QString line = visibleLine(first);
    if (line.size() > maxLength) {
        line.truncate(maxLength);
        if (line.back().isHighSurrogate())
            line.chop(1);
        line += u'…';
    }
    return line;
}

QString isolate(const QString &text)
{
    return QChar(0x2068) + text + QChar(0x2069);
}

QString cleanName(const QString &text, int maxLength)
{
    QString out;
    bool space = false;
    for (const QChar ch : text) {
        if (ch.isSpace()) {
            space = !out.isEmpty();
            continue;
        }
        if (isActiveCharacter(ch.unicode()))
            continue;
        if (space)
            out += u' ';
        space = false;
        out += ch;
    }
    if (out.size() > maxLength) {
        out.truncate(maxLength);
        if (out.back().isHighSurrogate())
            out.chop(1);
        out = out.trimmed();
    }
    return out;
}

} // namespace rw::InertText
