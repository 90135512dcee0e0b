#include "views/comparisonview.h"

#include <QTest>
#include <QTextDocument>

using namespace rw;

namespace {

QList<CompareItem> twoItems()
{
    CompareItem a;
    a.program.key = QStringLiteral("a");
    a.program.name = QStringLiteral("<b>A</b>");
    CompareItem b;
    b.program.key = QStringLiteral("b");
    b.program.name = QStringLiteral("B");
    return {a, b};
}

QString plain(const QString &html)
{
    QTextDocument document;
    document.setHtml(html);
    return document.toPlainText();
}

} // namespace

class TestComparisonView : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void marksDifferencesInTextNotOnlyColour()
    {
        QList<CompareSection> sections {
            {QStringLiteral("Overview"),
             {{QStringLiteral("Schedule"),
               {{QStringLiteral("4+1"), {}}, {QStringLiteral("3+2"), {}}}},
              {QStringLiteral("City"),
               {{QStringLiteral("Boston"), {}}, {QStringLiteral("Boston"), {}}}},
              {QStringLiteral("Positions"),
               {{QString(), {}}, {QStringLiteral("<i>12</i>"), {}}}}}}};
        const ComparisonView::Colors colors {QStringLiteral("#ffeeaa"), QStringLiteral("#eeeeee"),
                                             QStringLiteral("#888888")};
        QString html = ComparisonView::toHtml(twoItems(), sections, false, colors);
        QString text = plain(html);
        QVERIFY(text.contains(QStringLiteral("≠ Schedule")));
        QVERIFY(text.contains(QStringLiteral("City")) && !text.contains(QStringLiteral("≠ City")));
        QVERIFY(text.contains(QStringLiteral("<b>A</b>"))); // escaped title
        QVERIFY(text.contains(QStringLiteral("<i>12</i>")));
        QVERIFY(text.contains(QStringLiteral("—"))); // missing is shown as missing
        QVERIFY(html.contains(QStringLiteral("#ffeeaa")));

        html = ComparisonView::toHtml(twoItems(), sections, true, colors);
        text = plain(html);
        QVERIFY(!text.contains(QStringLiteral("City")));
        QVERIFY(text.contains(QStringLiteral("Rows hidden because they are the same: 1")));
    }

    void notesRowsUseTheirHtml()
    {
        CompareRow notes {QStringLiteral("Your notes"),
                          {{QStringLiteral("x"), QStringLiteral("<h3>Heading</h3>")}, {}},
                          false};
        const QString html =
            ComparisonView::toHtml(twoItems(), {{QStringLiteral("Notes"), {notes}}}, true, {});
        QVERIFY(html.contains(QStringLiteral("<h3>Heading</h3>")));
        // Free text is shown even with equal rows hidden, and never marked.
        QVERIFY(plain(html).contains(QStringLiteral("Your notes")));
        QVERIFY(!plain(html).contains(QStringLiteral("≠ Your")));
    }
};

QTEST_MAIN(TestComparisonView)
#include "tst_comparisonview.moc"
