#include "exchange/notesfile.h"

namespace rw {

QString NoteTargetRef::label() const
{
    QString text = program;
    if (kind == NoteTarget::Kind::Track && !track.isEmpty())
        text += QStringLiteral(" › ") + track;
    else if (kind == NoteTarget::Kind::Site && !site.isEmpty())
        text += QStringLiteral(" › ") + site;
    return text;
}

QString NotesFormat::timestamp(const QDateTime &time)
{
    const QDateTime utc = time.timeSpec() == Qt::UTC ? time : time.toUTC();
    const QDate date = utc.date();
    const QTime clock = utc.time();
    if (!date.isValid() || date.year() < 0 || date.year() > 9999)
        return utc.toString(Qt::ISODateWithMs);
    char16_t buffer[24];
    auto put = [&](int at, int value, int width) {
        for (int i = width - 1; i >= 0; --i) {
            buffer[at + i] = char16_t(u'0' + value % 10);
            value /= 10;
        }
    };
    put(0, date.year(), 4);
    buffer[4] = u'-';
    put(5, date.month(), 2);
    buffer[7] = u'-';
    put(8, date.day(), 2);
    buffer[10] = u'T';
    put(11, clock.hour(), 2);
    buffer[13] = u':';
    put(14, clock.minute(), 2);
    buffer[16] = u':';
    put(17, clock.second(), 2);
    buffer[19] = u'.';
    put(20, clock.msec(), 3);
    buffer[23] = u'Z';
    return QString(reinterpret_cast<const QChar *>(buffer), 24);
}

QDateTime NotesFormat::parseTimestamp(QStringView s)
{
    auto digits = [&](qsizetype from, qsizetype count, int *value) {
        int v = 0;
        for (qsizetype i = from; i < from + count; ++i) {
            if (i >= s.size() || s[i] < u'0' || s[i] > u'9')
                return false;
            v = v * 10 + (s[i].unicode() - u'0');
        }
        *value = v;
        return true;
    };
    int year, month, day, hour, minute, second;
    if (s.size() < 20 || !digits(0, 4, &year) || s[4] != u'-' || !digits(5, 2, &month)
        || s[7] != u'-' || !digits(8, 2, &day) || s[10] != u'T' || !digits(11, 2, &hour)
        || s[13] != u':' || !digits(14, 2, &minute) || s[16] != u':' || !digits(17, 2, &second)) {
        return {};
    }
    qsizetype at = 19;
    int millis = 0;
    if (s[at] == u'.') {
        qsizetype count = 0;
        int fraction = 0;
        while (at + 1 + count < s.size() && count < 4 && s[at + 1 + count] >= u'0'
               && s[at + 1 + count] <= u'9') {
            fraction = fraction * 10 + (s[at + 1 + count].unicode() - u'0');
            ++count;
        }
        if (count < 1 || count > 3)
            return {};
        millis = fraction * (count == 1 ? 100 : count == 2 ? 10 : 1);
        at += 1 + count;
    }
    int offset = 0;
    if (at < s.size() && s[at] == u'Z') {
        ++at;
    } else if (at < s.size() && (s[at] == u'+' || s[at] == u'-')) {
        int hours, minutes;
        if (!digits(at + 1, 2, &hours) || at + 3 >= s.size() || s[at + 3] != u':'
            || !digits(at + 4, 2, &minutes) || hours > 23 || minutes > 59)
            return {};
        offset = (hours * 60 + minutes) * 60 * (s[at] == u'-' ? -1 : 1);
        at += 6;
    } else {
        return {};
    }
    const QDate date(year, month, day);
    const QTime time(hour, minute, second, millis);
    if (at != s.size() || !date.isValid() || !time.isValid())
        return {};
    return QDateTime(date, time, Qt::UTC).addSecs(-offset);
}

} // namespace rw
