#pragma once

#include "util/result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QStringList>

namespace rw {

// A parsed CSV file: a header row and data rows, each remembering the line
// it started on so later checks can say where a bad value is.
struct CsvTable
{
    QStringList header;
    QList<QStringList> rows; // padded to the header's width
    QList<int> rowLines; // 1-based line where each row starts
    QChar separator = u',';
    bool hadByteOrderMark = false;

    // "line 7, column 3" for a cell, counting columns as fields.
    static QString location(int line, int column);
};

// RFC 4180 CSV, as spreadsheets write it: comma or semicolon separated
// (detected from the header line), optional UTF-8 byte order mark, CRLF or
// LF, quoted fields with doubled quotes and line breaks inside. Malformed
// input is refused with the line and column of the problem.
class CsvReader
{
    Q_DECLARE_TR_FUNCTIONS(rw::CsvReader)

public:
    static constexpr qsizetype kMaxBytes = 20 * 1024 * 1024;
    static constexpr qsizetype kMaxFields = 1000;

    static Result<CsvTable> parse(const QByteArray &bytes, const QString &origin);
};

// Writes RFC 4180 CSV that LibreOffice and Excel open cleanly: UTF-8 with a
// byte order mark, CRLF line ends, fields quoted when they need it. Callers
// pass free text through escapeFormula() so that a spreadsheet never runs it
// as a formula (=, +, -, @ first get an apostrophe); unescapeFormula() undoes
// that on import.
class CsvWriter
{
public:
    explicit CsvWriter(QChar separator = u',')
        : m_separator(separator)
    { }

    void addRow(const QStringList &fields);
    QByteArray bytes() const;

    static QString escapeFormula(const QString &text);
    static QString unescapeFormula(const QString &text);

private:
    QString field(const QString &text) const;

    QChar m_separator;
    QString m_text;
};

} // namespace rw
