#include "util/inerttext.h"

#include <QTest>

using namespace rw;

class TestInertText : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void showsActiveCharacters()
    {
        const QString rlo = QStringLiteral("price \u202E0001$\u202C ok");
        QCOMPARE(InertText::visible(rlo), QStringLiteral("price ⟦U+202E⟧0001$⟦U+202C⟧ ok"));
        QCOMPARE(InertText::visible(QStringLiteral("bell\u0007 esc\u001B[31m del\u007F")),
                 QStringLiteral("bell␇ esc␛[31m del␡"));
        QCOMPARE(InertText::visible(QStringLiteral("c1\u0085 lrm\u200E iso\u2067 bom\uFEFF")),
                 QStringLiteral("c1⟦U+0085⟧ lrm⟦U+200E⟧ iso⟦U+2067⟧ bom⟦U+FEFF⟧"));
        // Text stays text: markup is not touched here (escaping is the renderer's job).
        QCOMPARE(InertText::visible(QStringLiteral("<b>x</b>")), QStringLiteral("<b>x</b>"));
        // Emoji, accents and right-to-left letters are ordinary text.
        const QString ordinary = QStringLiteral("José 😀 שלום ❤️‍🔥");
        QCOMPARE(InertText::visible(ordinary), ordinary);
        QVERIFY(!InertText::hasActiveCharacters(ordinary));
        QVERIFY(InertText::hasActiveCharacters(rlo));
    }

    void linesAndExcerpts()
    {
        QCOMPARE(InertText::visible(QStringLiteral("a\r\nb\rc\td")), QStringLiteral("a\nb\nc\td"));
        QCOMPARE(InertText::visibleLine(QStringLiteral("a\nb\u2028c")),
                 QStringLiteral("a⏎b⟦U+2028⟧c"));
        QCOMPARE(InertText::excerpt(QStringLiteral("  first line\nsecond")),
                 QStringLiteral("first line …"));
        QCOMPARE(InertText::excerpt(QString(200, u'x'), 10), QString(10, u'x') + u'…');
        // A cut never leaves half a surrogate pair.
        const QString emoji = QStringLiteral("😀😀😀");
        QCOMPARE(InertText::excerpt(emoji, 3), QStringLiteral("😀…"));
        QCOMPARE(InertText::visible(QString(QChar(0xD800))), QStringLiteral("⟦U+D800⟧"));
    }

    void cleansNames()
    {
        QCOMPARE(InertText::cleanName(QStringLiteral("  Mallory \u202Eevil\u202C \u0007 ")),
                 QStringLiteral("Mallory evil"));
        QCOMPARE(InertText::cleanName(QStringLiteral("a\n\nb")), QStringLiteral("a b"));
        QCOMPARE(InertText::cleanName(QString(150, u'n')).size(), 100);
        QCOMPARE(InertText::isolate(QStringLiteral("x")), QStringLiteral("\u2068x\u2069"));
    }
};

QTEST_GUILESS_MAIN(TestInertText)
#include "tst_inerttext.moc"
