#pragma once

#include "util/result.h"

#include <QCoreApplication>
#include <QList>
#include <QPageSize>
#include <QString>
#include <QStringList>

#include <memory>

class QPagedPaintDevice;

namespace rw {

// A printed report laid out by hand: a title block, headings, paragraphs,
// label/value lists and tables whose header repeats on every page, with
// "Page n of N" footers. Text is drawn as text (selectable, fonts embedded by
// QPdfWriter) and never interpreted as markup. Callers pass text from other
// people through InertText::visible() first. Laying out by hand (QTextLayout per
// cell) keeps a 300-row table well under a tenth of a second, where an HTML
// QTextDocument table takes seconds.
class PdfReport
{
    Q_DECLARE_TR_FUNCTIONS(rw::PdfReport)

public:
    struct Column
    {
        QString title;
        qreal weight = 1; // share of the table width
        Qt::Alignment alignment = Qt::AlignLeft;
    };

    PdfReport(QPageSize::PageSizeId pageSize, const QString &documentTitle);
    ~PdfReport();

    void addTitle(const QString &text);
    void addSubtitle(const QString &text);
    void addHeading(const QString &text);
    void addParagraph(const QString &text);
    void addLabelValues(const QList<std::pair<QString, QString>> &pairs);
    // Starts a table; rows follow until the next non-row block.
    void addTableHeader(const QList<Column> &columns);
    // A row, optionally with detail lines drawn under it across the table
    // (kept on the same page as the row).
    void addTableRow(const QStringList &cells, const QStringList &details = {});
    // Footer text on every page, left of the page number.
    void setFooter(const QString &text);

    // Lays out and writes the PDF through QSaveFile.
    Status write(const QString &path);
    // Lays out for the device's page (size and orientation from its page
    // layout) and paints every page on it: a QPrinter, for printing and for
    // QPrintPreviewDialog. Layout is in points whatever the resolution.
    Status render(QPagedPaintDevice &device);
    // Pages of the last write() or render().
    int pageCount() const;
    QPageSize::PageSizeId pageSize() const;
    QString documentTitle() const;

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace rw
