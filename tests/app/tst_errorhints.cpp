#include "errorhints.h"
#include "ranking/rankservice.h"
#include "testsupport.h"

#include <QTest>

using namespace rw;

// The window completes a core fact with its own hint, never the CLI's.
class TestErrorHints : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void noRankListsPointsAtTheWindow()
    {
        test::TempDatabase temp;
        const auto none = RankService(temp.db()).findList({});
        QVERIFY(!none.ok());
        const QString text = ErrorHints::text(none.error());
        QVERIFY2(text.startsWith(none.message()), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("New list")), qPrintable(text));
        QVERIFY2(!text.contains(QStringLiteral("list create")), qPrintable(text));
    }

    void otherErrorsAreShownAsTheyAre()
    {
        const Error error = Error::notFound(QStringLiteral("There is no program “x”."));
        QCOMPARE(ErrorHints::text(error), error.message);
    }
};

QTEST_MAIN(TestErrorHints)
#include "tst_errorhints.moc"
