#include "views/comparisonview.h"

#include "widgets/safetextbrowser.h"

#include <QUrl>
#include <QVBoxLayout>

using namespace rw;

namespace {

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

QString mix(const QColor &a, const QColor &b, double amount)
{
    return QColor::fromRgbF(float(a.redF() * (1 - amount) + b.redF() * amount),
                            float(a.greenF() * (1 - amount) + b.greenF() * amount),
                            float(a.blueF() * (1 - amount) + b.blueF() * amount))
        .name();
}

QString cellHtml(const CompareCell &cell, const QString &muted)
{
    if (cell.isEmpty())
        return QStringLiteral("<span style=\"color:%1\">—</span>").arg(muted);
    if (!cell.html.isEmpty())
        return cell.html;
    return esc(cell.text.trimmed()).replace(u'\n', QStringLiteral("<br>"));
}

} // namespace

ComparisonView::ComparisonView(QWidget *parent)
    : QWidget(parent)
    , m_browser(new SafeTextBrowser(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_browser);
    m_browser->setAccessibleName(tr("Comparison"));
    m_browser->setAccessibleDescription(
        tr("The chosen programs side by side; rows that differ start with ≠"));
    connect(m_browser, &QTextBrowser::anchorClicked, this, [this](const QUrl &url) {
        if (url.scheme() == u"rankwise" && url.path().startsWith(QStringLiteral("remove/")))
            Q_EMIT removeRequested(url.path().mid(7));
    });
}

ComparisonView::Colors ComparisonView::colors() const
{
    const QPalette p = palette();
    return {mix(p.color(QPalette::Base), p.color(QPalette::Highlight), 0.11),
            mix(p.color(QPalette::Base), p.color(QPalette::Text), 0.07),
            mix(p.color(QPalette::Base), p.color(QPalette::Text), 0.5)};
}

void ComparisonView::show(const QList<CompareItem> &items, const QList<CompareSection> &sections,
                          bool hideSame)
{
    m_browser->setHtml(toHtml(items, sections, hideSame, colors()));
}

void ComparisonView::showMessage(const QString &message)
{
    m_browser->setHtml(
        QStringLiteral("<p style=\"color:%1;margin:24px\">%2</p>")
            .arg(colors().muted, esc(message).replace(u'\n', QStringLiteral("<br>"))));
}

QString ComparisonView::toHtml(const QList<CompareItem> &items,
                               const QList<CompareSection> &sections, bool hideSame,
                               const Colors &colors)
{
    const int labelWidth = 16;
    const int columnWidth = items.isEmpty() ? 0 : (100 - labelWidth) / int(items.size());
    QString html = QStringLiteral(
        "<style>td{vertical-align:top;padding:4px 8px} th{text-align:left;vertical-align:top;"
        "padding:6px 8px} .label{font-weight:600} .sub{font-weight:normal;font-size:small}"
        " h4{margin:2px 0}</style>");
    html +=
        QStringLiteral("<p style=\"color:%1\">%2</p>")
            .arg(colors.muted, esc(tr("≠ marks the rows where they differ. — means not listed.")));
    html += QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"0\">");
    html += QStringLiteral("<tr><th width=\"%1%\"></th>").arg(labelWidth);
    for (const CompareItem &item : items) {
        QString place = item.program.institutionName;
        if (!item.program.city.isEmpty())
            place += QStringLiteral(" · ") + item.program.city;
        html += QStringLiteral("<th width=\"%1%\">%2<br><span class=\"sub\">%3</span><br>"
                               "<span class=\"sub\"><a href=\"rankwise:remove/%4\">%5</a></span>"
                               "</th>")
                    .arg(columnWidth)
                    .arg(esc(item.title()), esc(place), esc(item.key()), esc(tr("Remove")));
    }
    html += QStringLiteral("</tr>");

    const int span = int(items.size()) + 1;
    for (const CompareSection &section : sections) {
        html += QStringLiteral("<tr><td colspan=\"%1\" bgcolor=\"%2\"><h4>%3</h4></td></tr>")
                    .arg(span)
                    .arg(colors.section, esc(section.title));
        int hidden = 0;
        for (const CompareRow &row : section.rows) {
            const bool differs = row.differs();
            const bool same = row.comparable ? !differs : row.allEmpty();
            if (hideSame && same) {
                ++hidden;
                continue;
            }
            html += differs ? QStringLiteral("<tr bgcolor=\"%1\">").arg(colors.differs)
                            : QStringLiteral("<tr>");
            html += QStringLiteral("<td class=\"label\">%1%2</td>")
                        .arg(differs ? QStringLiteral("≠ ") : QString(), esc(row.label));
            for (const CompareCell &cell : row.cells)
                html += QStringLiteral("<td>%1</td>").arg(cellHtml(cell, colors.muted));
            html += QStringLiteral("</tr>");
        }
        if (hidden > 0)
            html += QStringLiteral("<tr><td colspan=\"%1\" style=\"color:%2\">%3</td></tr>")
                        .arg(span)
                        .arg(colors.muted,
                             esc(tr("Rows hidden because they are the same: %1").arg(hidden)));
    }
    html += QStringLiteral("</table>");
    return html;
}
