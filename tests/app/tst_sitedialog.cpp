#include "dialogs/sitedialog.h"
#include "testsupport.h"

#include <QDialogButtonBox>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTest>

using namespace rw;

class TestSiteDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { test::useIsolatedEnvironment(); }

    void buildsASite()
    {
        Track categorical;
        categorical.key = QStringLiteral("x.categorical");
        categorical.name = QStringLiteral("Categorical");
        Track primary;
        primary.key = QStringLiteral("x.primary-care");
        primary.name = QStringLiteral("Primary Care");
        SiteDialog dialog(QStringLiteral("X"), {categorical, primary}, true);
        dialog.show();
        QPushButton *ok = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
        QVERIFY(!ok->isEnabled());
        QTest::keyClicks(dialog.nameEdit(), QStringLiteral("Harbor Health"));
        QVERIFY(ok->isEnabled());
        QTest::keyClicks(dialog.residentsEdit(), QStringLiteral("lots"));
        QVERIFY(!ok->isEnabled());
        QVERIFY(dialog.problem().contains(QStringLiteral("lots")));
        dialog.residentsEdit()->setText(QStringLiteral("2-10"));
        QVERIFY(ok->isEnabled());
        QCOMPARE(dialog.trackList()->count(), 2);
        dialog.trackList()->item(1)->setCheckState(Qt::Checked);
        const ContinuitySite site = dialog.site();
        QCOMPARE(site.trackKeys, QStringList {QStringLiteral("x.primary-care")});
        QCOMPARE(site.residentsPlaced.text, QStringLiteral("2-10"));
    }

    void roundTripsLanguagesAndServices()
    {
        ContinuitySite site;
        site.key = QStringLiteral("x@harbor");
        site.name = QStringLiteral("Harbor");
        site.languages = {{QStringLiteral("Spanish"), SiteLanguage::Kind::Staff},
                          {QStringLiteral("Haitian Creole"), SiteLanguage::Kind::Interpreter}};
        site.services = {{QStringLiteral("Cardiology"), SiteService::Kind::Subspecialty},
                         {QStringLiteral("Pharmacy"), SiteService::Kind::Service}};
        site.distanceMiles = 3.5;
        SiteDialog dialog(QStringLiteral("X"), {}, false);
        dialog.setSite(site);
        const ContinuitySite back = dialog.site();
        QCOMPARE(back.key, site.key);
        QCOMPARE(back.languages, site.languages);
        QCOMPARE(back.services, site.services); // kinds survive the plain list
        QCOMPARE(back.distanceMiles, site.distanceMiles);
    }
};

QTEST_MAIN(TestSiteDialog)
#include "tst_sitedialog.moc"
