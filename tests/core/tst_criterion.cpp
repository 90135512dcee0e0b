#include "model/criterion.h"

#include <QSet>
#include <QTest>

using namespace rw;

// The one table of attribute criteria: id <-> enum <-> label.
class TestCriterion : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyAttributeRoundTripsItsId()
    {
        const QList<CriterionAttribute> all = CriterionAttributes::all();
        QCOMPARE(all.size(), CriterionAttributes::ids().size());
        QSet<QString> ids;
        QSet<QString> labels;
        for (const CriterionAttribute attribute : all) {
            const QString id = criterionAttributeId(attribute);
            QCOMPARE(criterionAttributeFromId(id), attribute);
            ids.insert(id);
            labels.insert(CriterionAttributes::displayName(attribute));
        }
        QCOMPARE(ids.size(), all.size());
        QCOMPARE(labels.size(), all.size());
        QVERIFY(!labels.contains(QString()));
    }

    void idsAreTheStoredForm()
    {
        QCOMPARE(criterionAttributeId(CriterionAttribute::AmbulatoryShare),
                 QStringLiteral("ambulatory-share"));
        QCOMPARE(criterionAttributeFromId(QStringLiteral("ambulatory-months")),
                 CriterionAttribute::AmbulatoryMonths);
        QCOMPARE(criterionAttributeFromId(QStringLiteral("Ambulatory-Share")), std::nullopt);
        QCOMPARE(criterionAttributeFromId(QString()), std::nullopt);
    }

    void aCriterionReadsItsAttribute()
    {
        Criterion c;
        c.kind = CriterionKind::Attribute;
        c.parameter = QStringLiteral("continuity-sites");
        QCOMPARE(c.attribute(), CriterionAttribute::ContinuitySites);
        QCOMPARE(c.kindDisplay(), QStringLiteral("Fact: Continuity sites"));
        c.kind = CriterionKind::Feature;
        QCOMPARE(c.attribute(), std::nullopt);
    }

    void kindSpecsAcceptOnlyKnownAttributes()
    {
        const auto parsed = CriterionRules::parseKindSpec(QStringLiteral("attribute:positions"));
        QVERIFY(parsed.ok());
        QCOMPARE(parsed->second, QStringLiteral("positions"));
        const auto refused = CriterionRules::parseKindSpec(QStringLiteral("attribute:salary"));
        QVERIFY(!refused.ok());
        QVERIFY2(refused.message().contains(CriterionAttributes::ids().join(u", ")),
                 qPrintable(refused.message()));
    }
};

QTEST_GUILESS_MAIN(TestCriterion)
#include "tst_criterion.moc"
