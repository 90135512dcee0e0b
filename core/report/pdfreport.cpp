#include "report/pdfreport.h"

#include "util/fileio.h"

#include <QColor>
#include <QFont>
#include <QPageLayout>
#include <QPagedPaintDevice>
#include <QPaintEngine>
#include <QPainter>
#include <QPdfWriter>
#include <QTextLayout>

#include <cmath>

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
    // Design metrics: the layout is made in points and scaled to the printer,
    // so glyph advances must not be rounded to whole points.
    font.setHintingPreference(QFont::PreferNoHinting);
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
        // The size of the values beside it, so the baselines line up.
        font.setPointSizeF(9.5);
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

// Lays text out as if on a 72 dpi device, so one layout unit is one point
// whatever the report is painted on (a PDF file, a printer, a preview).
class PointDevice : public QPaintDevice
{
public:
    QPaintEngine *paintEngine() const override { return nullptr; }

protected:
    int metric(PaintDeviceMetric metric) const override
    {
        switch (metric) {
        case PdmDpiX:
        case PdmDpiY:
        case PdmPhysicalDpiX:
        case PdmPhysicalDpiY:
            return 72;
        case PdmWidth:
        case PdmHeight:
            return 1000;
        case PdmWidthMM:
        case PdmHeightMM:
            return 353;
        case PdmNumColors:
            return INT_MAX;
        case PdmDepth:
            return 32;
        case PdmDevicePixelRatio:
            return 1;
        case PdmDevicePixelRatioScaled:
            return int(devicePixelRatioFScale());
        }
        return 0;
    }
};

const QPaintDevice *pointDevice()
{
    static const PointDevice device;
    return &device;
}

// Text broken into lines for a width, kept from measuring to painting.
struct LaidText
{
    std::shared_ptr<QTextLayout> layout;
    qreal height = 0;
};

// One thing to paint: laid-out text in a rectangle, a filled band or a rule.
struct Item
{
    enum class Kind { Text, Fill, Rule };
    Kind kind = Kind::Text;
    QRectF rect;
    std::shared_ptr<QTextLayout> text;
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

    // Layout state, in points.
    QList<QList<Item>> pages;
    qreal y = 0;
    qreal top = 0;
    qreal bottom = 0;
    qreal left = 0;
    qreal width = 0;
    const Block *tableHeader = nullptr;
    int rowIndex = 0;

    static LaidText lay(const QString &text, Style style, qreal textWidth)
    {
        if (text.isEmpty())
            return {nullptr, QFontMetricsF(fontFor(style), pointDevice()).height()};
        auto layout = std::make_shared<QTextLayout>(text, fontFor(style), pointDevice());
        const qreal height = layoutText(*layout, textWidth, style);
        return {std::move(layout), height};
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
    void addText(const QRectF &rect, const LaidText &text, Style style, Qt::Alignment alignment)
    {
        if (text.layout)
            pages.last().append({Item::Kind::Text, rect, text.layout, style, alignment});
    }
    void placeText(const QString &text, Style style, qreal spaceAfter)
    {
        const LaidText laid = lay(text, style, width);
        ensureSpace(laid.height);
        addText(QRectF(left, y, width, laid.height), laid, style, Qt::AlignLeft);
        y += laid.height + spaceAfter;
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
    // Lays out a row's cells; returns the row height with padding.
    static qreal layCells(const QStringList &cells, const QList<qreal> &widths, Style style,
                          QList<LaidText> &laid)
    {
        qreal height = 0;
        laid.clear();
        for (qsizetype c = 0; c < widths.size(); ++c) {
            laid.append(lay(c < cells.size() ? cells.at(c) : QString(), style,
                            widths.at(c) - 2 * kCellPadX));
            height = std::max(height, laid.constLast().height);
        }
        return height + 2 * kCellPadY;
    }
    void placeCells(const QList<LaidText> &laid, const QList<Column> &columns,
                    const QList<qreal> &widths, Style style, qreal height)
    {
        qreal x = left;
        for (qsizetype c = 0; c < widths.size(); ++c) {
            addText(QRectF(x + kCellPadX, y + kCellPadY, widths.at(c) - 2 * kCellPadX,
                           height - 2 * kCellPadY),
                    laid.at(c), style, columns.at(c).alignment);
            x += widths.at(c);
        }
    }
    void placeTableHeader(const Block &block)
    {
        const QList<qreal> widths = columnWidths(block.columns);
        QStringList titles;
        for (const Column &column : block.columns)
            titles.append(column.title);
        QList<LaidText> laid;
        const qreal height = layCells(titles, widths, Style::TableHeader, laid);
        placeCells(laid, block.columns, widths, Style::TableHeader, height);
        y += height;
        pages.last().append({Item::Kind::Rule, QRectF(left, y, width, 0), {}, Style::Body, {}});
        y += 1;
    }
    void placeTableRow(const Block &row)
    {
        const QList<Column> &columns = tableHeader->columns;
        const QList<qreal> widths = columnWidths(columns);
        QList<LaidText> cells;
        const qreal cellsHeight = layCells(row.cells, widths, Style::Cell, cells);
        // Details run under the row from the second column to the end.
        const qreal detailsLeft = left + (widths.isEmpty() ? 0 : widths.constFirst());
        const qreal detailsWidth = width - (detailsLeft - left) - 2 * kCellPadX;
        QList<LaidText> details;
        qreal detailsHeight = 0;
        for (const QString &detail : row.details) {
            details.append(lay(detail, Style::Detail, detailsWidth));
            detailsHeight += details.constLast().height;
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
        placeCells(cells, columns, widths, Style::Cell, cellsHeight);
        y += cellsHeight;
        for (const LaidText &detail : std::as_const(details)) {
            addText(QRectF(detailsLeft + kCellPadX, y, detailsWidth, detail.height), detail,
                    Style::Detail, Qt::AlignLeft);
            y += detail.height;
        }
        if (!row.details.isEmpty())
            y += kCellPadY;
    }
    void placeLabelValues(const Block &block)
    {
        constexpr qreal gap = 10;
        qreal labelWidth = 0;
        const QFontMetricsF metrics(fontFor(Style::Label), pointDevice());
        for (const auto &[label, value] : block.pairs)
            labelWidth = std::max(labelWidth, metrics.horizontalAdvance(label));
        // Rounded up: a label laid out in exactly its own width may still wrap.
        labelWidth = std::min(std::ceil(labelWidth) + 1, width * 0.4);
        const qreal valueLeft = left + labelWidth + gap;
        const qreal valueWidth = width - labelWidth - gap;
        for (const auto &[label, value] : block.pairs) {
            const LaidText laidLabel = lay(label, Style::Label, labelWidth);
            const LaidText laidValue = lay(value, Style::Body, valueWidth);
            const qreal height = std::max(laidLabel.height, laidValue.height);
            ensureSpace(height);
            addText(QRectF(left, y, labelWidth, height), laidLabel, Style::Label, Qt::AlignLeft);
            addText(QRectF(valueLeft, y, valueWidth, height), laidValue, Style::Body,
                    Qt::AlignLeft);
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
                ensureSpace(lay(block.text, Style::Heading, width).height + 40);
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
                drawLaid(painter, item.rect, *item.text, item.style, item.alignment);
                break;
            }
        }
        const QString pageText =
            PdfReport::tr("Page %1 of %2").arg(pageIndex + 1).arg(pages.size());
        const qreal footerY = page.bottom() - kMargin - kFooterSpace + 10;
        const QRectF footerRect(page.left() + kMargin, footerY, page.width() - 2 * kMargin, 12);
        // The footer shares its line with the page number: a long one is elided.
        const QFontMetricsF metrics(fontFor(Style::Footer), pointDevice());
        const qreal room = footerRect.width() - metrics.horizontalAdvance(pageText) - 12;
        const LaidText text =
            lay(metrics.elidedText(footer, Qt::ElideMiddle, room), Style::Footer, room);
        if (text.layout)
            drawLaid(painter, footerRect, *text.layout, Style::Footer, Qt::AlignLeft);
        const LaidText number = lay(pageText, Style::Footer, footerRect.width());
        drawLaid(painter, footerRect, *number.layout, Style::Footer, Qt::AlignRight);
    }
    static void drawLaid(QPainter &painter, const QRectF &rect, const QTextLayout &layout,
                         Style style, Qt::Alignment alignment)
    {
        painter.setPen(colorFor(style));
        for (int i = 0; i < layout.lineCount(); ++i) {
            const QTextLine line = layout.lineAt(i);
            qreal dx = 0;
            if (alignment & Qt::AlignRight)
                dx = rect.width() - line.naturalTextWidth();
            else if (alignment & Qt::AlignHCenter)
                dx = (rect.width() - line.naturalTextWidth()) / 2;
            line.draw(&painter, rect.topLeft() + QPointF(dx, 0));
        }
    }
    // Lays out and paints every page on a device already begun by `painter`.
    Status paintAll(QPainter &painter, QPagedPaintDevice &device)
    {
        const QPageLayout pageLayout = device.pageLayout();
        const QRectF page(QPointF(0, 0), pageLayout.fullRectPoints().size());
        // One layout unit is a point; the device may have any resolution.
        painter.scale(device.logicalDpiX() / 72.0, device.logicalDpiY() / 72.0);
        if (pageLayout.mode() != QPageLayout::FullPageMode)
            painter.translate(-pageLayout.paintRectPoints().topLeft());
        layout(page);
        for (qsizetype i = 0; i < pages.size(); ++i) {
            if (i > 0 && !device.newPage())
                return Error::io(PdfReport::tr("Cannot start page %1.").arg(i + 1));
            paint(painter, int(i), page);
        }
        pageCount = int(pages.size());
        return {};
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
    return FileIo::saveFile(path, [&](QIODevice &file) -> Status {
        QPdfWriter writer(&file);
        writer.setResolution(72); // one device unit per point
        writer.setPageSize(QPageSize(d->pageSize));
        writer.setPageMargins(QMarginsF(0, 0, 0, 0));
        writer.setTitle(d->title);
        writer.setCreator(QStringLiteral("Rankwise %1").arg(QStringLiteral(RANKWISE_VERSION)));
        QPainter painter;
        if (!painter.begin(&writer))
            return Error::io(tr("Cannot start a PDF in “%1”.").arg(path));
        if (Status painted = d->paintAll(painter, writer); !painted)
            return Error::io(tr("Cannot write “%1”: %2").arg(path, painted.message()));
        painter.end();
        return {};
    });
}

Status PdfReport::render(QPagedPaintDevice &device)
{
    QPainter painter;
    if (!painter.begin(&device))
        return Error::io(tr("Cannot start printing: the printer is not ready."));
    Status painted = d->paintAll(painter, device);
    painter.end();
    return painted;
}

QPageSize::PageSizeId PdfReport::pageSize() const
{
    return d->pageSize;
}

QString PdfReport::documentTitle() const
{
    return d->title;
}

} // namespace rw
