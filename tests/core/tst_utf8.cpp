#include "util/utf8.h"

#include <QTest>

using namespace rw;

class TestUtf8 : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void utf8Validation_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<int>("bad"); // -1 when valid
        QTest::newRow("ascii") << QByteArray("hello") << -1;
        QTest::newRow("accents and emoji") << QByteArray("Montr\xC3\xA9"
                                                         "al \xF0\x9F\x98\x80")
                                           << -1;
        QTest::newRow("latin-1") << QByteArray("caf\xE9!") << 3;
        QTest::newRow("overlong slash") << QByteArray("a\xC0\xAF") << 1;
        QTest::newRow("surrogate") << QByteArray("ab\xED\xA0\x80") << 2;
        QTest::newRow("past max") << QByteArray("\xF4\x90\x80\x80") << 0;
        QTest::newRow("truncated") << QByteArray("ok\xE2\x82") << 2;
        QTest::newRow("lone continuation") << QByteArray("\x80") << 0;
    }
    void utf8Validation()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(int, bad);
        const auto found = Utf8::firstInvalidByte(bytes);
        QCOMPARE(found.has_value() ? int(*found) : -1, bad);
    }
};

QTEST_GUILESS_MAIN(TestUtf8)
#include "tst_utf8.moc"
