#include "util/jsonreader.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace rw;

namespace {

QJsonValue parse(const char *json)
{
    return QJsonDocument::fromJson(QByteArray(json)).object();
}

const auto kName = QLatin1String("name");
const auto kCount = QLatin1String("count");
const auto kTags = QLatin1String("tags");

} // namespace

// The one strict reader that the catalog and the note files both use.
class TestJsonReader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsDeclaredFields()
    {
        JsonErrors errors;
        JsonObjectReader reader(parse(R"({"name": "Chelsea", "count": 3, "tags": ["a", "b"]})"),
                                QStringLiteral("sites[0]"), {kName, kCount, kTags}, errors);
        QCOMPARE(reader.string(kName, 100), QStringLiteral("Chelsea"));
        QCOMPARE(reader.integer(kCount, 0, 10), 3);
        QCOMPARE(reader.stringList(kTags, 5, 10),
                 (QStringList {QStringLiteral("a"), QStringLiteral("b")}));
        reader.finish();
        QVERIFY2(!errors.failed(), qPrintable(errors.describe()));
    }

    void reportsProblemsWithTheirPath_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("message");
        QTest::newRow("missing") << QByteArray(R"({"count": 1})")
                                 << QStringLiteral("sites[0].name: is missing");
        QTest::newRow("wrong type")
            << QByteArray(R"({"name": 7})") << QStringLiteral("sites[0].name: expected a string");
        QTest::newRow("too long") << QByteArray(R"({"name": "abcdef"})")
                                  << QStringLiteral("sites[0].name: is longer than 5 characters");
        QTest::newRow("out of range") << QByteArray(R"({"name": "a", "count": 11})")
                                      << QStringLiteral("sites[0].count: must be between 0 and 10");
        QTest::newRow("not whole") << QByteArray(R"({"name": "a", "count": 1.5})")
                                   << QStringLiteral("sites[0].count: expected a whole number");
        QTest::newRow("list item") << QByteArray(R"({"name": "a", "tags": ["x", 2]})")
                                   << QStringLiteral("sites[0].tags[1]: expected a string");
        QTest::newRow("unknown field, first in key order")
            << QByteArray(R"({"name": "a", "zeta": 1, "beta": 2})")
            << QStringLiteral("sites[0].beta: is not a known field");
        QTest::newRow("first error wins") << QByteArray(R"({"name": 1, "count": "x", "extra": 0})")
                                          << QStringLiteral("sites[0].name: expected a string");
    }
    void reportsProblemsWithTheirPath()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, message);
        JsonErrors errors;
        JsonObjectReader reader(parse(json.constData()), QStringLiteral("sites[0]"),
                                {kName, kCount, kTags}, errors);
        reader.string(kName, 5);
        reader.optionalInteger(kCount, 0, 10);
        reader.stringList(kTags, 5, 10);
        reader.finish();
        QCOMPARE(errors.describe(), message);
    }

    void gettersAreEmptyAfterTheFirstError()
    {
        JsonErrors errors;
        JsonObjectReader reader(parse(R"({"name": 1, "count": 4})"), QString(), {kName, kCount},
                                errors);
        reader.string(kName, 10);
        QVERIFY(errors.failed());
        QCOMPARE(reader.optionalInteger(kCount, 0, 10), std::nullopt);
        QCOMPARE(errors.path(), QStringLiteral("name"));
    }

    void notAnObject()
    {
        JsonErrors errors;
        JsonObjectReader reader(QJsonValue(3), QStringLiteral("items[2]"), {kName}, errors);
        QCOMPARE(errors.describe(), QStringLiteral("items[2]: expected an object"));
        JsonErrors absent;
        JsonObjectReader missing(QJsonValue(QJsonValue::Undefined), QStringLiteral("target"),
                                 {kName}, absent);
        QCOMPARE(absent.describe(), QStringLiteral("target: is missing"));
    }
};

QTEST_GUILESS_MAIN(TestJsonReader)
#include "tst_jsonreader.moc"
