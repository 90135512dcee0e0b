#include "report/pdfreport.h"

#include <QColor>
#include <QFont>
#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextLayout>

namespace rw {

namespace {

constexpr qreal kMargin = 50; // points
constexpr qreal kFooterSpace = 24;
constexpr qreal kCellPadX = 3.5;
constexpr qreal kCellPadY = 2.5;

enum class Style { Title, Subtitle, Heading, Body, Label, TableHeader, Cell, Detail, Footer };

QFont fontFor(Style style)
{
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setStyleHint(QFont::SansSerif);
    // No ligatures: "fi" must stay two letters when text is copied or searched.
    font.setStyleStrategy(QFont::PreferNoShaping);
    switch (style) {
    case Style::Title:
        font.setPointSizeF(17);
        font.setBold(true);
        break;
    case Style::Subtitle:
        font.setPointSizeF(10);
        break;
    case Style::Heading:
        font.setPointSizeF(12);
        font.setBold(true);
        break;
    case Style::Label:
        font.setPointSizeF(9);
        font.setBold(true);
        break;
    case Style::TableHeader:
        font.setPointSizeF(8.5);
        font.setBold(true);
        break;
    case Style::Cell:
        font.setPointSizeF(8.5);
        break;
    case Style::Detail:
        font.setPointSizeF(7.5);
        break;
    case Style::Footer:
        font.setPointSizeF(7.5);
        break;
    case Style::Body:
        font.setPointSizeF(9.5);
        break;
    }
    return font;
}

QColor colorFor(Style style)
{
    switch (style) {
    case Style::Subtitle:
    case Style::Detail:
    case Style::Footer:
        return QColor(0x55, 0x55, 0x55);
    default:
        return Qt::black;
    }
}

// One thing to paint: wrapped text in a rectangle, a filled band or a rule.
struct Item
{
    enum class Kind { Text, Fill, Rule };
    Kind kind = Kind::Text;
    QRectF rect;
    QString text;
    Style style = Style::Body;
    Qt::Alignment alignment = Qt::AlignLeft;
};

struct Block
{
    enum class Kind { Title, Subtitle, Heading, Paragraph, LabelValues, TableHeader, TableRow };
    Kind kind;
    QString text;
    QList<std::pair<QString, QString>> pairs;
    QList<PdfReport::Column> columns;
    QStringList cells;
    QStringList details;
};

// Breaks text into lines of at most `width`, breaking inside words only when
// a word alone is wider than the line.
qreal layoutText(QTextLayout &layout, qreal width, Style style)
{
    QTextOption option;
    // Column titles never break inside a word; other text may when one word
    // is wider than its cell (a long URL in a note).
    option.setWrapMode(style == Style::TableHeader ? QTextOption::WordWrap
                                                   : QTextOption::WrapAtWordBoundaryOrAnywhere);
    layout.setTextOption(option);
    layout.setCacheEnabled(true);
    layout.beginLayout();
    qreal height = 0;
    for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
        line.setLineWidth(width);
        line.setPosition(QPointF(0, height));
        height += line.height();
    }
    layout.endLayout();
    return height;
}

} // namespace

struct PdfReport::Private
{
    QPageSize::PageSizeId pageSize;
    QString title;
    QString footer;
    QList<Block> blocks;
    int pageCount = 0;

    // Layout state.
    QPaintDevice *device = nullptr;
    QList<QList<Item>> pages;
    qreal y = 0;
    qreal top = 0;
    qreal bottom = 0;
    qreal left = 0;
    qreal width = 0;
    const Block *tableHeader = nullptr;
    int rowIndex = 0;

    qreal measure(const QString &text, Style style, qreal textWidth) const
    {
        if (text.isEmpty())
            return QFontMetricsF(fontFor(style), device).height();
        QTextLayout layout(text, fontFor(style), device);
        return layoutText(layout, textWidth, style);
    }
    void newPage()
    {
        pages.append(QList<Item>());
        y = top;
        if (tableHeader)
            placeTableHeader(*tableHeader);
    }
    void ensureSpace(qreal height)
    {
        if (y + height > bottom && y > top + 0.5)
            newPage();
    }
    void placeText(const QString &text, Style style, qreal spaceAfter)
    {
        const qreal height = measure(text, style, width);
        ensureSpace(height);
        pages.last().append(
            {Item::Kind::Text, QRectF(left, y, width, height), text, style, Qt::AlignLeft});
        y += height + spaceAfter;
    }
    QList<qreal> columnWidths(const QList<Column> &columns) const
    {
        qreal total = 0;
        for (const Column &column : columns)
            total += column.weight;
        QList<qreal> widths;
        for (const Column &column : columns)
            widths.append(width * column.weight / (total > 0 ? total : 1));
        return widths;
    }
    qreal rowHeight(const QStringList &cells, const QList<qreal> &widths, Style style) const
    {
        qreal height = 0;
        for (qsizetype c = 0; c < cells.size() && c < widths.size(); ++c)
            height = std::max(height, measure(cells.at(c), style, widths.at(c) - 2 * kCellPadX));
        return height + 2 * kCellPadY;
    }
    void placeCells(const QStringList &cells, const QList<Column> &columns,
                    const QList<qreal> &widths, Style style, qreal height)
    {
        qreal x = left;
        for (qsizetype c = 0; c < widths.size(); ++c) {
            const QString text = c < cells.size() ? cells.at(c) : QString();
            pages.last().append({Item::Kind::Text,
                                 QRectF(x + kCellPadX, y + kCellPadY, widths.at(c) - 2 * kCellPadX,
                                        height - 2 * kCellPadY),
                                 text, style, columns.at(c).alignment});
            x += widths.at(c);
        }
    }
    void placeTableHeader(const Block &block)
    {
        const QList<qreal> widths = columnWidths(block.columns);
        QStringList titles;
        for (const Column &column : block.columns)
            titles.append(column.title);
        const qreal height = rowHeight(titles, widths, Style::TableHeader);
        placeCells(titles, block.columns, widths, Style::TableHeader, height);
        y += height;
        pages.last().append({Item::Kind::Rule, QRectF(left, y, width, 0), {}, Style::Body, {}});
        y += 1;
    }
    void placeTableRow(const Block &row)
    {
        const QList<Column> &columns = tableHeader->columns;
        const QList<qreal> widths = columnWidths(columns);
        const qreal cellsHeight = rowHeight(row.cells, widths, Style::Cell);
        // Details run under the row from the second column to the end.
        const qreal detailsLeft = left + (widths.isEmpty() ? 0 : widths.constFirst());
        const qreal detailsWidth = width - (detailsLeft - left) - 2 * kCellPadX;
        QList<qreal> detailHeights;
        qreal detailsHeight = 0;
        for (const QString &detail : row.details) {
            detailHeights.append(measure(detail, Style::Detail, detailsWidth));
            detailsHeight += detailHeights.constLast();
        }
        if (!row.details.isEmpty())
            detailsHeight += kCellPadY;
        ensureSpace(cellsHeight + detailsHeight);
        if (rowIndex++ % 2 == 1) {
            pages.last().append({Item::Kind::Fill,
                                 QRectF(left, y, width, cellsHeight + detailsHeight),
                                 {},
                                 Style::Body,
                                 {}});
        }
        placeCells(row.cells, columns, widths, Style::Cell, cellsHeight);
        y += cellsHeight;
        for (qsizetype i = 0; i < row.details.size(); ++i) {
            pages.last().append(
                {Item::Kind::Text,
                 QRectF(detailsLeft + kCellPadX, y, detailsWidth, detailHeights.at(i)),
                 row.details.at(i), Style::Detail, Qt::AlignLeft});
            y += detailHeights.at(i);
        }
        if (!row.details.isEmpty())
            y += kCellPadY;
    }
    void placeLabelValues(const Block &block)
    {
        qreal labelWidth = 0;
        const QFontMetricsF metrics(fontFor(Style::Label), device);
        for (const auto &[label, value] : block.pairs)
            labelWidth = std::max(labelWidth, metrics.horizontalAdvance(label));
        labelWidth = std::min(labelWidth + 10, width * 0.4);
        for (const auto &[label, value] : block.pairs) {
            const qreal height = std::max(measure(label, Style::Label, labelWidth - 10),
                                          measure(value, Style::Body, width - labelWidth));
            ensureSpace(height);
            pages.last().append({Item::Kind::Text, QRectF(left, y, labelWidth - 10, height), label,
                                 Style::Label, Qt::AlignLeft});
            pages.last().append({Item::Kind::Text,
                                 QRectF(left + labelWidth, y, width - labelWidth, height), value,
                                 Style::Body, Qt::AlignLeft});
            y += height + 2;
        }
        y += 6;
    }
    void layout(const QRectF &page)
    {
        pages = {QList<Item>()};
        left = page.left() + kMargin;
        width = page.width() - 2 * kMargin;
        top = page.top() + kMargin;
        bottom = page.bottom() - kMargin - kFooterSpace;
        y = top;
        tableHeader = nullptr;
        for (const Block &block : blocks) {
            if (block.kind != Block::Kind::TableRow && tableHeader) {
                tableHeader = nullptr;
                y += 10;
            }
            switch (block.kind) {
            case Block::Kind::Title:
                placeText(block.text, Style::Title, 4);
                break;
            case Block::Kind::Subtitle:
                placeText(block.text, Style::Subtitle, 2);
                break;
            case Block::Kind::Heading:
                y += 8;
                // Keep a heading with at least a few lines of what follows.
                ensureSpace(measure(block.text, Style::Heading, width) + 40);
                placeText(block.text, Style::Heading, 4);
                break;
            case Block::Kind::Paragraph:
                placeText(block.text, Style::Body, 6);
                break;
            case Block::Kind::LabelValues:
                placeLabelValues(block);
                break;
            case Block::Kind::TableHeader:
                ensureSpace(60);
                placeTableHeader(block);
                tableHeader = &block;
                rowIndex = 0;
                break;
            case Block::Kind::TableRow:
                if (tableHeader)
                    placeTableRow(block);
                break;
            }
        }
    }
    void paint(QPainter &painter, int pageIndex, const QRectF &page) const
    {
        for (const Item &item : pages.at(pageIndex)) {
            switch (item.kind) {
            case Item::Kind::Fill:
                painter.fillRect(item.rect, QColor(0xF1, 0xF3, 0xF6));
                break;
            case Item::Kind::Rule:
                painter.setPen(QPen(QColor(0x44, 0x44, 0x44), 0.8));
                painter.drawLine(item.rect.topLeft(), item.rect.topRight());
                break;
            case Item::Kind::Text:
                drawText(painter, item.rect, item.text, item.style, item.alignment);
                break;
            }
        }
        const QString pageText =
            PdfReport::tr("Page %1 of %2").arg(pageIndex + 1).arg(pages.size());
        const qreal footerY = page.bottom() - kMargin - kFooterSpace + 10;
        const QRectF footerRect(page.left() + kMargin, footerY, page.width() - 2 * kMargin, 12);
        drawText(painter, footerRect, footer, Style::Footer, Qt::AlignLeft);
        drawText(painter, footerRect, pageText, Style::Footer, Qt::AlignRight);
    }
    void drawText(QPainter &painter, const QRectF &rect, const QString &text, Style style,
                  Qt::Alignment alignment) const
    {
        if (text.isEmpty())
            return;
        QTextLayout layout(text, fontFor(style), device);
        layoutText(layout, rect.width(), style);
        painter.setPen(colorFor(style));
        for (int i = 0; i < layout.lineCount(); ++i) {
            QTextLine line = layout.lineAt(i);
            qreal dx = 0;
            if (alignment & Qt::AlignRight)
                dx = rect.width() - line.naturalTextWidth();
            else if (alignment & Qt::AlignHCenter)
                dx = (rect.width() - line.naturalTextWidth()) / 2;
            line.draw(&painter, rect.topLeft() + QPointF(dx, 0));
        }
    }
};

PdfReport::PdfReport(QPageSize::PageSizeId pageSize, const QString &documentTitle)
    : d(std::make_unique<Private>())
{
    d->pageSize = pageSize;
    d->title = documentTitle;
}

PdfReport::~PdfReport() = default;

void PdfReport::addTitle(const QString &text)
{
    d->blocks.append({Block::Kind::Title, text, {}, {}, {}, {}});
}

void PdfReport::addSubtitle(const QString &text)
{
    d->blocks.append({Block::Kind::Subtitle, text, {}, {}, {}, {}});
}

void PdfReport::addHeading(const QString &text)
{
    d->blocks.append({Block::Kind::Heading, text, {}, {}, {}, {}});
}

void PdfReport::addParagraph(const QString &text)
{
    d->blocks.append({Block::Kind::Paragraph, text, {}, {}, {}, {}});
}

void PdfReport::addLabelValues(const QList<std::pair<QString, QString>> &pairs)
{
    d->blocks.append({Block::Kind::LabelValues, {}, pairs, {}, {}, {}});
}

void PdfReport::addTableHeader(const QList<Column> &columns)
{
    d->blocks.append({Block::Kind::TableHeader, {}, {}, columns, {}, {}});
}

void PdfReport::addTableRow(const QStringList &cells, const QStringList &details)
{
    d->blocks.append({Block::Kind::TableRow, {}, {}, {}, cells, details});
}

void PdfReport::setFooter(const QString &text)
{
    d->footer = text;
}

int PdfReport::pageCount() const
{
    return d->pageCount;
}

Status PdfReport::write(const QString &path)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error::io(tr("Cannot write “%1”: %2").arg(path, file.errorString()));
    {
        QPdfWriter writer(&file);
        writer.setResolution(72); // one device unit per point
        writer.setPageSize(QPageSize(d->pageSize));
        writer.setPageMargins(QMarginsF(0, 0, 0, 0));
        writer.setTitle(d->title);
        writer.setCreator(QStringLiteral("Rankwise %1").arg(QStringLiteral(RANKWISE_VERSION)));
        QPainter painter;
        if (!painter.begin(&writer))
            return Error::io(tr("Cannot start a PDF in “%1”.").arg(path));
        d->device = &writer;
        const QRectF page(QPointF(0, 0), writer.pageLayout().fullRectPoints().size());
        d->layout(page);
        for (qsizetype i = 0; i < d->pages.size(); ++i) {
            if (i > 0 && !writer.newPage())
                return Error::io(tr("Cannot add a page to “%1”.").arg(path));
            d->paint(painter, int(i), page);
        }
        d->pageCount = int(d->pages.size());
        d->device = nullptr;
        painter.end();
    }
    if (file.error() != QFileDevice::NoError)
        return Error::io(tr("Cannot write “%1”: %2").arg(path, file.errorString()));
    if (!file.commit())
        return Error::io(tr("Cannot save “%1”: %2").arg(path, file.errorString()));
    return {};
}

} // namespace rw
