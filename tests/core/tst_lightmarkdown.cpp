#include "text/lightmarkdown.h"

#include <QTest>
#include <QTextDocument>

using namespace rw;

class TestLightMarkdown : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void rendersTheSubset_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("html");
        QTest::newRow("paragraph") << QStringLiteral("Hello") << QStringLiteral("<p>Hello</p>");
        QTest::newRow("lines keep their breaks")
            << QStringLiteral("one\ntwo") << QStringLiteral("<p>one<br>two</p>");
        QTest::newRow("paragraphs")
            << QStringLiteral("one\n\ntwo") << QStringLiteral("<p>one</p><p>two</p>");
        QTest::newRow("heading") << QStringLiteral("# Impressions")
                                 << QStringLiteral("<h3>Impressions</h3>");
        QTest::newRow("subheading")
            << QStringLiteral("## Pros ##") << QStringLiteral("<h4>Pros</h4>");
        QTest::newRow("deep heading")
            << QStringLiteral("##### Deep") << QStringLiteral("<h5>Deep</h5>");
        QTest::newRow("hash without space is text")
            << QStringLiteral("#1 choice") << QStringLiteral("<p>#1 choice</p>");
        QTest::newRow("list") << QStringLiteral("- a\n* b\n+ c")
                              << QStringLiteral("<ul><li>a</li><li>b</li><li>c</li></ul>");
        QTest::newRow("numbered") << QStringLiteral("1. a\n2) b")
                                  << QStringLiteral("<ol><li>a</li><li>b</li></ol>");
        QTest::newRow("nested") << QStringLiteral("- a\n  - b\n- c")
                                << QStringLiteral(
                                       "<ul><li>a<ul><li>b</li></ul></li><li>c</li></ul>");
        QTest::newRow("list then text")
            << QStringLiteral("- a\nafter") << QStringLiteral("<ul><li>a</li></ul><p>after</p>");
        QTest::newRow("bold") << QStringLiteral("**great** mentors")
                              << QStringLiteral("<p><b>great</b> mentors</p>");
        QTest::newRow("italics") << QStringLiteral("*maybe* _later_")
                                 << QStringLiteral("<p><i>maybe</i> <i>later</i></p>");
        QTest::newRow("snake_case stays")
            << QStringLiteral("a_b_c and 2*3*4") << QStringLiteral("<p>a_b_c and 2*3*4</p>");
        QTest::newRow("code") << QStringLiteral("`**not bold**`")
                              << QStringLiteral("<p><code>**not bold**</code></p>");
        QTest::newRow("rule") << QStringLiteral("---") << QStringLiteral("<hr>");
        QTest::newRow("html is text")
            << QStringLiteral("<b>hi</b> & <script>x</script>")
            << QStringLiteral("<p>&lt;b&gt;hi&lt;/b&gt; &amp; &lt;script&gt;x&lt;/script&gt;</p>");
        QTest::newRow("quotes are escaped")
            << QStringLiteral("say \"hi\"") << QStringLiteral("<p>say &quot;hi&quot;</p>");
        QTest::newRow("markup inside bold is escaped")
            << QStringLiteral("**<img src=x>**")
            << QStringLiteral("<p><b>&lt;img src=x&gt;</b></p>");
        QTest::newRow("windows line ends")
            << QStringLiteral("a\r\nb") << QStringLiteral("<p>a<br>b</p>");
        QTest::newRow("empty") << QString() << QString();
    }
    void rendersTheSubset()
    {
        QFETCH(QString, text);
        QFETCH(QString, html);
        QCOMPARE(LightMarkdown::toHtml(text), html);
    }

    void typedMarkupShowsLiterally()
    {
        // What a person sees: the characters they typed, never an element.
        const QString typed = QStringLiteral("<b>bold?</b> <a href=\"file:///etc\">x</a>");
        QTextDocument document;
        document.setHtml(LightMarkdown::toHtml(typed));
        QCOMPARE(document.toPlainText(), typed);
        QVERIFY(!document.toHtml().contains(QStringLiteral("<a ")));
    }

    void firstLine()
    {
        QCOMPARE(LightMarkdown::firstLine(QStringLiteral("\n\n# Interview day\n- x")),
                 QStringLiteral("Interview day"));
        QCOMPARE(LightMarkdown::firstLine(QStringLiteral("- **Great** food")),
                 QStringLiteral("Great food"));
        QCOMPARE(LightMarkdown::firstLine(QString(100, u'x'), 10), QString(9, u'x') + u'…');
        QVERIFY(LightMarkdown::firstLine(QStringLiteral("  \n ")).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestLightMarkdown)
#include "tst_lightmarkdown.moc"
