#include "exchange/csv.h"

#include "util/utf8.h"

#include <QLocale>

#include <algorithm>

namespace rw {

QString CsvTable::location(int line, int column)
{
    return CsvReader::tr("line %1, column %2").arg(line).arg(column);
}

namespace {

// Picks the separator the header line (the first line that is not blank,
// as the reader skips blank lines) uses most outside quotes.
QChar detectSeparator(QStringView text)
{
    int commas = 0;
    int semicolons = 0;
    bool quoted = false;
    qsizetype start = 0;
    while (start < text.size() && (text.at(start) == u'\n' || text.at(start) == u'\r'))
        ++start;
    for (const QChar c : text.sliced(start)) {
        if (c == u'"')
            quoted = !quoted;
        else if (!quoted && (c == u'\n' || c == u'\r'))
            break;
        else if (!quoted && c == u',')
            ++commas;
        else if (!quoted && c == u';')
            ++semicolons;
    }
    return semicolons > commas ? QChar(u';') : QChar(u',');
}

} // namespace

Result<CsvTable> CsvReader::parse(const QByteArray &bytes, const QString &origin)
{
    auto fail = [&](const QString &where, const QString &what) {
        return Error::input(tr("%1, %2: %3").arg(origin, where, what));
    };
    if (bytes.size() > kMaxBytes)
        return Error::input(
            tr("%1: the file is larger than %2 MB.").arg(origin).arg(kMaxBytes >> 20));

    CsvTable table;
    QByteArrayView view(bytes);
    if (view.startsWith("\xEF\xBB\xBF")) {
        table.hadByteOrderMark = true;
        view = view.sliced(3);
    }
    if (const auto bad = Utf8::firstInvalidByte(view)) {
        return Error::input(tr("%1: the file is not valid UTF-8 (byte offset %2). Save it from "
                               "your spreadsheet as “CSV UTF-8”.")
                                .arg(origin)
                                .arg(*bad + (table.hadByteOrderMark ? 3 : 0)));
    }
    const QString text = QString::fromUtf8(view);
    table.separator = detectSeparator(text);

    QList<QStringList> records;
    QList<int> lines;
    QStringList record;
    QString field;
    int line = 1;
    int recordLine = 1;
    int fieldColumn = 1; // field index within the record, 1-based
    int quoteLine = 0; // where the open quote started
    int quoteColumn = 0;
    bool inQuotes = false;
    bool fieldWasQuoted = false;
    bool afterClosingQuote = false;

    auto endField = [&]() -> bool {
        record.append(field);
        field.clear();
        fieldWasQuoted = false;
        afterClosingQuote = false;
        ++fieldColumn;
        return record.size() <= kMaxFields;
    };
    auto endRecord = [&]() {
        const bool blank = record.size() == 1 && record.constFirst().isEmpty();
        if (!blank) {
            records.append(record);
            lines.append(recordLine);
        }
        record.clear();
        fieldColumn = 1;
    };

    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = text.at(i);
        if (inQuotes) {
            if (c == u'"') {
                if (i + 1 < n && text.at(i + 1) == u'"') {
                    field.append(u'"');
                    ++i;
                } else {
                    inQuotes = false;
                    afterClosingQuote = true;
                }
            } else {
                if (c == u'\n')
                    ++line;
                field.append(c);
            }
            continue;
        }
        if (c == table.separator) {
            if (!endField())
                return fail(CsvTable::location(recordLine, fieldColumn),
                            tr("more than %1 columns").arg(kMaxFields));
        } else if (c == u'\r' || c == u'\n') {
            if (c == u'\r' && i + 1 < n && text.at(i + 1) == u'\n')
                ++i;
            if (!endField())
                return fail(CsvTable::location(recordLine, fieldColumn),
                            tr("more than %1 columns").arg(kMaxFields));
            endRecord();
            ++line;
            recordLine = line;
        } else if (c == u'"') {
            if (!field.isEmpty() || afterClosingQuote) {
                return fail(CsvTable::location(line, fieldColumn),
                            tr("a quote inside a field that does not start with one; "
                               "quote the whole field and double the inner quotes"));
            }
            inQuotes = true;
            fieldWasQuoted = true;
            quoteLine = line;
            quoteColumn = fieldColumn;
        } else {
            if (afterClosingQuote) {
                return fail(CsvTable::location(line, fieldColumn),
                            tr("text after the closing quote of a field"));
            }
            field.append(c);
        }
    }
    if (inQuotes) {
        return fail(CsvTable::location(quoteLine, quoteColumn),
                    tr("the quote that opens this field is never closed"));
    }
    if (!field.isEmpty() || fieldWasQuoted || !record.isEmpty()) {
        endField();
        endRecord();
    }

    if (records.isEmpty())
        return Error::input(tr("%1: the file is empty; it needs a header row.").arg(origin));
    table.header = records.takeFirst();
    const auto headerLine = lines.takeFirst();
    for (QString &name : table.header) {
        // A byte order mark that is not at the start of the file (one pasted
        // in with a name) is invisible and never part of the name.
        name.remove(QChar(0xFEFF));
        name = name.trimmed();
    }
    // Only spaces or control characters: nothing to read the columns by.
    if (std::all_of(table.header.cbegin(), table.header.cend(),
                    [](const QString &name) { return name.isEmpty(); }))
        return fail(CsvTable::location(headerLine, 1),
                    tr("the header row has no column names; the first row must name the "
                       "columns (Program, Institution, Rank…)"));
    const qsizetype width = table.header.size();
    for (qsizetype r = 0; r < records.size(); ++r) {
        QStringList &row = records[r];
        if (row.size() > width) {
            // Trailing empty fields are what some spreadsheets add; anything else is an error.
            while (row.size() > width && row.constLast().isEmpty())
                row.removeLast();
            if (row.size() > width) {
                return fail(
                    CsvTable::location(lines.at(r), int(width) + 1),
                    tr("this row has %1 fields but the header has %2").arg(row.size()).arg(width));
            }
        }
        while (row.size() < width)
            row.append(QString());
    }
    table.rows = std::move(records);
    table.rowLines = std::move(lines);
    return table;
}

QString CsvWriter::escapeFormula(const QString &text)
{
    if (!text.isEmpty() && QStringView(u"=+-@").contains(text.front()))
        return u'\'' + text;
    return text;
}

QString CsvWriter::unescapeFormula(const QString &text)
{
    if (text.size() >= 2 && text.front() == u'\'' && QStringView(u"=+-@").contains(text.at(1)))
        return text.mid(1);
    return text;
}

QString CsvWriter::field(const QString &text) const
{
    // Either separator is quoted, so that a reader guessing the separator
    // from the header never takes the other one.
    const bool needsQuotes = text.contains(m_separator) || text.contains(u',')
        || text.contains(u';') || text.contains(u'"') || text.contains(u'\n')
        || text.contains(u'\r')
        || (!text.isEmpty() && (text.front().isSpace() || text.back().isSpace()));
    if (!needsQuotes)
        return text;
    QString quoted = text;
    quoted.replace(u'"', QStringLiteral("\"\""));
    return u'"' + quoted + u'"';
}

void CsvWriter::addRow(const QStringList &fields)
{
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (i)
            m_text += m_separator;
        m_text += field(fields.at(i));
    }
    m_text += QStringLiteral("\r\n");
}

QByteArray CsvWriter::bytes() const
{
    return QByteArrayLiteral("\xEF\xBB\xBF") + m_text.toUtf8();
}

} // namespace rw
