#include "exchange/jsonprecheck.h"

#include "util/inerttext.h"
#include "util/utf8.h"

#include <QByteArray>
#include <QSet>

#include <algorithm>
#include <deque>
#include <vector>

namespace rw {

namespace {

// A JSON string's raw bytes (between the quotes) as text, escapes decoded,
// so "b\u006fdy" and "body" compare equal as field names.
QString decodeJsonString(QByteArrayView raw)
{
    if (!raw.contains('\\'))
        return QString::fromUtf8(raw);
    QString out;
    QByteArray pending;
    auto flush = [&] {
        out += QString::fromUtf8(pending);
        pending.clear();
    };
    for (qsizetype i = 0; i < raw.size(); ++i) {
        const char c = raw.at(i);
        if (c != '\\' || i + 1 >= raw.size()) {
            pending.append(c);
            continue;
        }
        const char e = raw.at(++i);
        flush();
        switch (e) {
        case 'b':
            out += u'\b';
            break;
        case 'f':
            out += u'\f';
            break;
        case 'n':
            out += u'\n';
            break;
        case 'r':
            out += u'\r';
            break;
        case 't':
            out += u'\t';
            break;
        case 'u': {
            bool ok = false;
            const ushort code = raw.sliced(i + 1, qMin<qsizetype>(4, raw.size() - i - 1))
                                    .toByteArray()
                                    .toUShort(&ok, 16);
            if (ok && i + 4 < raw.size()) {
                out += QChar(code);
                i += 4;
            } else {
                out += u'\\' + QString(QLatin1Char(e));
            }
            break;
        }
        default:
            out += QLatin1Char(e);
            break;
        }
    }
    flush();
    return out;
}

// The code of a \\uXXXX escape starting at `at`, or -1 when there is none.
int hexEscape(QByteArrayView bytes, qsizetype at)
{
    if (at + 5 >= bytes.size() || bytes.at(at) != '\\' || bytes.at(at + 1) != 'u')
        return -1;
    int code = 0;
    for (qsizetype k = at + 2; k < at + 6; ++k) {
        const char h = bytes.at(k);
        int digit = -1;
        if (h >= '0' && h <= '9')
            digit = h - '0';
        else if (h >= 'a' && h <= 'f')
            digit = h - 'a' + 10;
        else if (h >= 'A' && h <= 'F')
            digit = h - 'A' + 10;
        if (digit < 0)
            return -1;
        code = code * 16 + digit;
    }
    return code;
}

// One open object or array. Field names are views into the file's bytes
// (decoded copies only for names with escapes); frames are reused so that
// checking 50,000 small objects allocates almost nothing.
class Frame
{
public:
    bool object = false;
    bool expectKey = false;

    void reset(bool isObject)
    {
        object = isObject;
        expectKey = isObject;
        m_keys.clear();
        m_index.clear();
        m_decoded.clear();
    }

    // False when the object already has a field of this name.
    bool addKey(QByteArrayView raw)
    {
        QByteArrayView key = raw;
        if (raw.contains('\\')) {
            m_decoded.push_back(decodeJsonString(raw).toUtf8());
            key = m_decoded.back();
        }
        if (m_index.isEmpty()) {
            if (std::find(m_keys.cbegin(), m_keys.cend(), key) != m_keys.cend())
                return false;
        } else if (m_index.contains(key)) {
            return false;
        }
        m_keys.push_back(key);
        // Past a few fields a hash keeps hostile objects with many fields linear.
        if (m_keys.size() == kLinearLimit)
            m_index = QSet<QByteArrayView>(m_keys.cbegin(), m_keys.cend());
        else if (!m_index.isEmpty())
            m_index.insert(key);
        return true;
    }

private:
    static constexpr std::size_t kLinearLimit = 32;
    std::vector<QByteArrayView> m_keys;
    QSet<QByteArrayView> m_index;
    std::deque<QByteArray> m_decoded; // stable addresses for the views
};

} // namespace

qsizetype JsonPrecheck::invalidUtf8At(QByteArrayView bytes)
{
    return Utf8::firstInvalidByte(bytes).value_or(-1);
}

QString JsonPrecheck::where(QByteArrayView bytes, qsizetype offset)
{
    qsizetype line = 1;
    qsizetype lineStart = 0;
    const qsizetype end = qMin(offset, bytes.size());
    for (qsizetype i = 0; i < end; ++i) {
        if (bytes.at(i) == '\n') {
            ++line;
            lineStart = i + 1;
        }
    }
    return tr("byte %1 (line %2, column %3)").arg(offset).arg(line).arg(offset - lineStart + 1);
}

std::optional<JsonPrecheck::Problem> JsonPrecheck::check(QByteArrayView bytes, int maxDepth)
{
    if (const qsizetype bad = invalidUtf8At(bytes); bad >= 0) {
        return Problem {
            bad, tr("invalid UTF-8 at %1: note files must be UTF-8 text").arg(where(bytes, bad))};
    }

    std::vector<Frame> frames;
    qsizetype depth = 0;
    bool inString = false;
    bool stringIsKey = false;
    qsizetype stringStart = 0;
    const char *data = bytes.data();
    const qsizetype size = bytes.size();
    for (qsizetype i = 0; i < size; ++i) {
        if (inString) {
            // Most bytes are string contents: skip to the next quote or backslash.
            while (i < size && data[i] != '"' && data[i] != '\\')
                ++i;
            if (i == size)
                break;
        }
        const char c = data[i];
        if (inString) {
            if (c == '\\') {
                const int code = hexEscape(bytes, i);
                if (code < 0) {
                    ++i; // escapes are ASCII; the escaped byte cannot end the string
                    continue;
                }
                // A surrogate escape must be a high one followed by a low one:
                // anything else is not a character and cannot be stored as text.
                if (code >= 0xD800 && code <= 0xDBFF) {
                    const int low = hexEscape(bytes, i + 6);
                    if (low >= 0xDC00 && low <= 0xDFFF) {
                        i += 11;
                        continue;
                    }
                }
                if (code >= 0xD800 && code <= 0xDFFF) {
                    return Problem {i,
                                    tr("an unpaired surrogate escape (\\u%1) at %2 is not a "
                                       "character")
                                        .arg(QString::number(code, 16).toUpper(), where(bytes, i))};
                }
                i += 5;
            } else if (c == '"') {
                inString = false;
                if (stringIsKey && depth > 0) {
                    const QByteArrayView raw = bytes.sliced(stringStart, i - stringStart);
                    if (!frames[std::size_t(depth - 1)].addKey(raw)) {
                        return Problem {stringStart - 1,
                                        tr("the field “%1” appears twice in one object at %2")
                                            .arg(InertText::visibleLine(decodeJsonString(raw)),
                                                 where(bytes, stringStart - 1))};
                    }
                }
            }
            continue;
        }
        switch (c) {
        case '"':
            inString = true;
            stringStart = i + 1;
            stringIsKey = depth > 0 && frames[std::size_t(depth - 1)].object
                && frames[std::size_t(depth - 1)].expectKey;
            if (stringIsKey)
                frames[std::size_t(depth - 1)].expectKey = false;
            break;
        case '{':
        case '[':
            if (depth >= maxDepth) {
                return Problem {i,
                                tr("nesting deeper than the format allows (at most %1 levels) "
                                   "at %2")
                                    .arg(maxDepth)
                                    .arg(where(bytes, i))};
            }
            if (std::size_t(depth) == frames.size())
                frames.emplace_back();
            frames[std::size_t(depth++)].reset(c == '{');
            break;
        case '}':
        case ']':
            if (depth > 0)
                --depth;
            break;
        case ',':
            if (depth > 0 && frames[std::size_t(depth - 1)].object)
                frames[std::size_t(depth - 1)].expectKey = true;
            break;
        default:
            break;
        }
    }
    return std::nullopt;
}

} // namespace rw
