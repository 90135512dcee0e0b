#include "text/lightmarkdown.h"

#include <QList>
#include <QRegularExpression>
#include <QStringList>

namespace rw::LightMarkdown {

namespace {

// Emphasis on text that is already escaped: escaping never produces * or _,
// so the markers found here are the user's own.
QString emphasis(QString escaped)
{
    static const QRegularExpression bold(QStringLiteral(R"(\*\*(?=\S)(.+?)(?<=\S)\*\*)"));
    static const QRegularExpression boldUnderscore(
        QStringLiteral(R"((?<![\w_])__(?=\S)(.+?)(?<=\S)__(?![\w_]))"));
    static const QRegularExpression italic(
        QStringLiteral(R"((?<![\w*])\*(?=[^\s*])(.+?)(?<=[^\s*])\*(?![\w*]))"));
    static const QRegularExpression italicUnderscore(
        QStringLiteral(R"((?<![\w_])_(?=[^\s_])(.+?)(?<=[^\s_])_(?![\w_]))"));
    escaped.replace(bold, QStringLiteral("<b>\\1</b>"));
    escaped.replace(boldUnderscore, QStringLiteral("<b>\\1</b>"));
    escaped.replace(italic, QStringLiteral("<i>\\1</i>"));
    escaped.replace(italicUnderscore, QStringLiteral("<i>\\1</i>"));
    return escaped;
}

// One line of text: `code` spans are kept verbatim, the rest gets emphasis.
QString inlineHtml(const QString &line)
{
    QString html;
    qsizetype pos = 0;
    while (pos < line.size()) {
        const qsizetype open = line.indexOf(u'`', pos);
        const qsizetype close = open < 0 ? -1 : line.indexOf(u'`', open + 1);
        if (open < 0 || close < 0) {
            html += emphasis(line.mid(pos).toHtmlEscaped());
            break;
        }
        html += emphasis(line.mid(pos, open - pos).toHtmlEscaped());
        html += QStringLiteral("<code>") + line.mid(open + 1, close - open - 1).toHtmlEscaped()
            + QStringLiteral("</code>");
        pos = close + 1;
    }
    return html;
}

int indentOf(const QString &line)
{
    int indent = 0;
    for (const QChar c : line) {
        if (c == u' ')
            ++indent;
        else if (c == u'\t')
            indent += 4;
        else
            break;
    }
    return indent;
}

struct OpenList
{
    bool ordered = false;
    int indent = 0;
};

class Renderer
{
public:
    QString render(const QString &text);

private:
    void flushParagraph();
    void closeLists(qsizetype keep = 0);
    void listItem(int indent, bool ordered, const QString &content);

    QString m_html;
    QStringList m_paragraph;
    QList<OpenList> m_lists;
};

void Renderer::flushParagraph()
{
    if (m_paragraph.isEmpty())
        return;
    m_html +=
        QStringLiteral("<p>") + m_paragraph.join(QStringLiteral("<br>")) + QStringLiteral("</p>");
    m_paragraph.clear();
}

void Renderer::closeLists(qsizetype keep)
{
    while (m_lists.size() > keep) {
        m_html += m_lists.takeLast().ordered ? QStringLiteral("</li></ol>")
                                             : QStringLiteral("</li></ul>");
    }
}

void Renderer::listItem(int indent, bool ordered, const QString &content)
{
    while (!m_lists.isEmpty() && indent < m_lists.constLast().indent)
        closeLists(m_lists.size() - 1);
    if (!m_lists.isEmpty() && indent == m_lists.constLast().indent
        && m_lists.constLast().ordered != ordered)
        closeLists(m_lists.size() - 1);
    if (m_lists.isEmpty() || indent > m_lists.constLast().indent) {
        // A deeper item opens a nested list inside the item before it.
        m_html += ordered ? QStringLiteral("<ol>") : QStringLiteral("<ul>");
        m_lists.append({ordered, indent});
    } else {
        m_html += QStringLiteral("</li>");
    }
    m_html += QStringLiteral("<li>") + inlineHtml(content);
}

QString Renderer::render(const QString &input)
{
    static const QRegularExpression heading(QStringLiteral(R"(^\s{0,3}(#{1,6})\s+(.*?)\s*#*\s*$)"));
    static const QRegularExpression rule(QStringLiteral(R"(^\s{0,3}([-*_])(?:\s*\1){2,}\s*$)"));
    static const QRegularExpression item(QStringLiteral(R"(^(\s*)([-*+]|\d{1,9}[.)])\s+(.*)$)"));

    QString text = input;
    text.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    text.replace(u'\r', u'\n');
    const QStringList lines = text.split(u'\n');
    for (const QString &line : lines) {
        if (line.trimmed().isEmpty()) {
            flushParagraph();
            closeLists();
            continue;
        }
        if (const auto match = heading.match(line); match.hasMatch()) {
            flushParagraph();
            closeLists();
            const int level = std::min<int>(int(match.capturedLength(1)), 3) + 2;
            m_html += QStringLiteral("<h%1>%2</h%1>").arg(level).arg(inlineHtml(match.captured(2)));
            continue;
        }
        if (rule.match(line).hasMatch()) {
            flushParagraph();
            closeLists();
            m_html += QStringLiteral("<hr>");
            continue;
        }
        if (const auto match = item.match(line); match.hasMatch()) {
            flushParagraph();
            const bool ordered = match.captured(2).front().isDigit();
            listItem(indentOf(line), ordered, match.captured(3).trimmed());
            continue;
        }
        if (!m_lists.isEmpty() && indentOf(line) > 0) {
            // An indented line under a list item continues that item.
            m_html += QStringLiteral("<br>") + inlineHtml(line.trimmed());
            continue;
        }
        closeLists();
        m_paragraph.append(inlineHtml(line.trimmed()));
    }
    flushParagraph();
    closeLists();
    return m_html;
}

} // namespace

QString toHtml(const QString &text)
{
    return Renderer().render(text);
}

QString firstLine(const QString &text, int maxLength)
{
    static const QRegularExpression markers(
        QStringLiteral(R"(^\s*(?:#{1,6}\s+|[-*+]\s+|\d{1,9}[.)]\s+)?)"));
    static const QRegularExpression emphasisMarks(QStringLiteral(R"(\*\*|__|`)"));
    const QStringList lines = text.split(u'\n');
    for (const QString &raw : lines) {
        QString line = raw;
        line.remove(markers);
        line.remove(emphasisMarks);
        line = line.trimmed();
        if (line.isEmpty())
            continue;
        if (line.size() > maxLength)
            line = line.left(maxLength - 1).trimmed() + QStringLiteral("…");
        return line;
    }
    return {};
}

} // namespace rw::LightMarkdown
