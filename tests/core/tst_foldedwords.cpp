#include "search/foldedwords.h"
#include "search/programindex.h"

#include <QTest>

using namespace rw;

class TestFoldedWords : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void keepsEachFoldedWordOnceSorted()
    {
        FoldedWords words;
        QVERIFY(words.isEmpty());
        words.add(QStringLiteral("Québec  Clinic\tclinic\nQUEBEC"));
        words.add(QString());
        words.add(QStringLiteral("Ärzte clinic"));
        QVERIFY(!words.isEmpty());
        QCOMPARE(words.take(), QByteArrayLiteral("arzte\nclinic\nquebec\n"));
        QVERIFY(words.isEmpty());
        QCOMPARE(words.take(), QByteArray());
    }

    void leavesOutKnownWords()
    {
        FoldedWords program;
        program.add(QStringLiteral("Boston Medical Center primary"));
        const QByteArray known = program.take();
        FoldedWords track;
        track.add(QStringLiteral("Primary Care track in Boston"));
        QCOMPARE(track.take(known), QByteArrayLiteral("care\nin\ntrack\n"));
        FoldedWords same;
        same.add(QStringLiteral("boston center"));
        QCOMPARE(same.take(known), QByteArray());
    }

    // Many additions compact along the way and still keep every word.
    void compactingKeepsEveryDistinctWord()
    {
        FoldedWords words;
        for (int i = 0; i < 20000; ++i)
            words.add(QStringLiteral("word%1 common").arg(i % 5000));
        const QList<QByteArray> lines = words.take().split('\n');
        QCOMPARE(lines.size(), 5001 + 1); // 5000 numbered, "common", the trailing empty line
        QVERIFY(lines.contains("common"));
        QVERIFY(lines.contains("word4999"));
        QVERIFY(std::is_sorted(lines.cbegin(), lines.cend() - 1));
    }

    // A filter word never spans two words, so the index finds the same
    // rows in the word list as in the full text.
    void matchesTheSameAsTheFullText()
    {
        const QString text = QStringLiteral("Mass General — Chelsea HealthCare Center, Revere");
        FoldedWords words;
        words.add(text);
        const QByteArray list = words.take();
        const QByteArray full = ProgramIndex::foldUtf8(text);
        for (const char *term : {"chel", "care", "center,", "revere", "general", "—", "al ch"}) {
            const bool inFull = !QByteArray(term).contains(' ') && full.contains(term);
            QCOMPARE(list.contains(term), inFull);
        }
    }
};

QTEST_GUILESS_MAIN(TestFoldedWords)
#include "tst_foldedwords.moc"
