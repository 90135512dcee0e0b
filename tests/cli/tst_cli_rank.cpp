#include "storage/database.h"
#include "storage/ranklistrepository.h"
#include "testsupport.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace rw;

// The rank list builder's commands: JSON shapes, exit codes, and that bad
// input changes nothing.
class TestCliRank : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_counter = 0;
    QString m_db;

    // A fresh database per test function.
    QString freshDb() { return m_dir.filePath(QStringLiteral("rank%1.sqlite").arg(++m_counter)); }

    test::CliResult run(const QStringList &args) { return test::runCli(args, m_db); }

    void ok(const QStringList &args)
    {
        const auto result = run(args);
        QVERIFY2(result.exitCode == 0,
                 qPrintable(args.join(u' ') + QStringLiteral(": ") + result.err));
    }

    // Exit 2 with a message on stderr naming `mention`.
    void refused(const QStringList &args, const QString &mention)
    {
        const auto result = run(args);
        QVERIFY2(result.exitCode == 2,
                 qPrintable(args.join(u' ') + QStringLiteral(" exited ")
                            + QString::number(result.exitCode)));
        QVERIFY2(
            result.err.contains(mention, Qt::CaseInsensitive),
            qPrintable(QStringLiteral("“") + mention + QStringLiteral("” not in: ") + result.err));
        QVERIFY(result.out.isEmpty());
    }

    QString dump()
    {
        // Everything the rank list builder stores, to check that refusals change nothing.
        auto db = Database::open(m_db);
        if (!db)
            return {};
        QString text;
        for (const char *sql :
             {"SELECT group_concat(name || ':' || weight || ':' || kind || ':' || parameter || "
              "':' || direction, '|') FROM criteria",
              "SELECT group_concat(track_id || ':' || criterion_id || ':' || value, '|') FROM "
              "ratings",
              "SELECT group_concat(track_id || ':' || criterion_id || ':' || value, '|') FROM "
              "user_values",
              "SELECT group_concat(name || ':' || kind, '|') FROM rank_lists",
              "SELECT group_concat(list_id || ':' || track_id || ':' || position || ':' || pinned, "
              "'|') FROM rank_entries",
              "SELECT count(*) FROM snapshots"})
            text += test::scalar(**db, QString::fromLatin1(sql)).toString() + u'\n';
        return text;
    }

    void setUpList()
    {
        m_db = freshDb();
        ok({QStringLiteral("criteria"), QStringLiteral("add"), QStringLiteral("Culture"),
            QStringLiteral("--weight"), QStringLiteral("3")});
        ok({QStringLiteral("criteria"), QStringLiteral("add"), QStringLiteral("Location"),
            QStringLiteral("--weight"), QStringLiteral("1")});
        ok({QStringLiteral("list"), QStringLiteral("create"), QStringLiteral("Main")});
        for (const char *key : {"mgh-im.categorical", "mgh-im.primary-care",
                                "umass-im.primary-care", "bwh-pcpm.primary-care"})
            ok({QStringLiteral("list"), QStringLiteral("add"), QStringLiteral("Main"),
                QString::fromLatin1(key)});
        // Culture: umass 5, mgh pc 4, mgh cat 2; Location: mgh cat 5; bwh nothing.
        ok({QStringLiteral("rate"), QStringLiteral("umass-im.primary-care"),
            QStringLiteral("Culture"), QStringLiteral("5")});
        ok({QStringLiteral("rate"), QStringLiteral("mgh-im.primary-care"),
            QStringLiteral("culture"), QStringLiteral("4")});
        ok({QStringLiteral("rate"), QStringLiteral("mgh-im.categorical"), QStringLiteral("Culture"),
            QStringLiteral("2")});
        ok({QStringLiteral("rate"), QStringLiteral("mgh-im.categorical"),
            QStringLiteral("Location"), QStringLiteral("5")});
    }

    QJsonArray json(const QStringList &args)
    {
        const auto result = run(args);
        if (result.exitCode != 0)
            qWarning("%s", qPrintable(result.err));
        return result.json().array();
    }

private Q_SLOTS:
    void initTestCase()
    {
        test::useIsolatedEnvironment();
        QVERIFY(m_dir.isValid());
    }

    void criteriaCommands()
    {
        m_db = freshDb();
        ok({QStringLiteral("criteria"), QStringLiteral("add"), QStringLiteral("Culture"),
            QStringLiteral("--weight"), QStringLiteral("3")});
        ok({QStringLiteral("criteria"), QStringLiteral("add"), QStringLiteral("Size"),
            QStringLiteral("--weight=1"), QStringLiteral("--kind"),
            QStringLiteral("attribute:positions"), QStringLiteral("--lower-is-better")});
        ok({QStringLiteral("criteria"), QStringLiteral("add"), QStringLiteral("Research"),
            QStringLiteral("--weight"), QStringLiteral("0"), QStringLiteral("--kind"),
            QStringLiteral("feature:research")});
        const QJsonArray criteria = json({QStringLiteral("criteria"), QStringLiteral("list"),
                                          QStringLiteral("--format"), QStringLiteral("json")});
        QCOMPARE(criteria.size(), 3);
        const QJsonObject size = criteria.at(1).toObject();
        QCOMPARE(size[QStringLiteral("name")].toString(), QStringLiteral("Size"));
        QCOMPARE(size[QStringLiteral("weight")].toDouble(), 1.0);
        QCOMPARE(size[QStringLiteral("kind")].toString(), QStringLiteral("attribute:positions"));
        QCOMPARE(size[QStringLiteral("direction")].toString(), QStringLiteral("lower"));
        QCOMPARE(size[QStringLiteral("share")].toDouble(), 25.0);
        QCOMPARE(criteria.at(0).toObject()[QStringLiteral("direction")].toString(),
                 QStringLiteral("higher"));

        ok({QStringLiteral("criteria"), QStringLiteral("set-weight"), QStringLiteral("size"),
            QStringLiteral("2.5")});
        ok({QStringLiteral("criteria"), QStringLiteral("remove"), QStringLiteral("Research")});
        const QJsonArray after = json({QStringLiteral("criteria"), QStringLiteral("list"),
                                       QStringLiteral("--format"), QStringLiteral("json")});
        QCOMPARE(after.size(), 2);
        QCOMPARE(after.at(1).toObject()[QStringLiteral("weight")].toDouble(), 2.5);

        ok({QStringLiteral("criteria"), QStringLiteral("rename"), QStringLiteral("Size"),
            QStringLiteral("Class size")});
        ok({QStringLiteral("criteria"), QStringLiteral("set-direction"),
            QStringLiteral("class size"), QStringLiteral("higher")});
        const QString before = dump();
        refused({QStringLiteral("criteria"), QStringLiteral("set-direction"),
                 QStringLiteral("Culture"), QStringLiteral("sideways")},
                QStringLiteral("sideways"));
        refused({QStringLiteral("criteria"), QStringLiteral("rename"), QStringLiteral("Culture"),
                 QStringLiteral("class SIZE")},
                QStringLiteral("already"));
        QCOMPARE(dump(), before);
        const QJsonObject renamed = json({QStringLiteral("criteria"), QStringLiteral("list"),
                                          QStringLiteral("--format"), QStringLiteral("json")})
                                        .at(1)
                                        .toObject();
        QCOMPARE(renamed[QStringLiteral("name")].toString(), QStringLiteral("Class size"));
        QCOMPARE(renamed[QStringLiteral("direction")].toString(), QStringLiteral("higher"));

        ok({QStringLiteral("criteria"), QStringLiteral("suggested")});
        QCOMPARE(json({QStringLiteral("criteria"), QStringLiteral("list"),
                       QStringLiteral("--format"), QStringLiteral("json")})
                     .size(),
                 11);
    }

    void badCriteriaChangeNothing()
    {
        m_db = freshDb();
        ok({QStringLiteral("criteria"), QStringLiteral("add"), QStringLiteral("Culture"),
            QStringLiteral("--weight"), QStringLiteral("3")});
        const QString before = dump();
        refused({QStringLiteral("criteria"), QStringLiteral("add"), QStringLiteral("Cost"),
                 QStringLiteral("--weight"), QStringLiteral("-1")},
                QStringLiteral("weight"));
        refused({QStringLiteral("criteria"), QStringLiteral("add"), QStringLiteral("Cost"),
                 QStringLiteral("--weight"), QStringLiteral("lots")},
                QStringLiteral("lots"));
        refused({QStringLiteral("criteria"), QStringLiteral("add"), QStringLiteral("Cost")},
                QStringLiteral("--weight"));
        refused({QStringLiteral("criteria"), QStringLiteral("add"), QStringLiteral("Cost"),
                 QStringLiteral("--weight"), QStringLiteral("1"), QStringLiteral("--kind"),
                 QStringLiteral("attribute:salary")},
                QStringLiteral("salary"));
        refused({QStringLiteral("criteria"), QStringLiteral("add"), QStringLiteral("culture"),
                 QStringLiteral("--weight"), QStringLiteral("1")},
                QStringLiteral("already"));
        refused({QStringLiteral("criteria"), QStringLiteral("set-weight"),
                 QStringLiteral("Culture"), QStringLiteral("-1")},
                QStringLiteral("weight"));
        refused({QStringLiteral("criteria"), QStringLiteral("set-weight"), QStringLiteral("Vibes"),
                 QStringLiteral("2")},
                QStringLiteral("Vibes"));
        refused({QStringLiteral("criteria"), QStringLiteral("remove"), QStringLiteral("Vibes")},
                QStringLiteral("Vibes"));
        QCOMPARE(dump(), before);
    }

    void badRatingsChangeNothing()
    {
        setUpList();
        ok({QStringLiteral("criteria"), QStringLiteral("add"), QStringLiteral("Sites"),
            QStringLiteral("--weight"), QStringLiteral("1"), QStringLiteral("--kind"),
            QStringLiteral("attribute:continuity-sites")});
        const QString before = dump();
        for (const char *value : {"0", "6", "3.5", "great", "-1"}) {
            refused({QStringLiteral("rate"), QStringLiteral("mgh-im.categorical"),
                     QStringLiteral("Culture"), QString::fromLatin1(value)},
                    QStringLiteral("1 to 5"));
        }
        refused({QStringLiteral("rate"), QStringLiteral("mgh-im.nowhere"),
                 QStringLiteral("Culture"), QStringLiteral("3")},
                QStringLiteral("mgh-im.nowhere"));
        refused({QStringLiteral("rate"), QStringLiteral("mgh-im.categorical"),
                 QStringLiteral("Vibes"), QStringLiteral("3")},
                QStringLiteral("Vibes"));
        // A fact criterion takes a number (an attribute) or yes/no (a feature).
        ok({QStringLiteral("criteria"), QStringLiteral("add"), QStringLiteral("Ambulatory"),
            QStringLiteral("--weight"), QStringLiteral("1"), QStringLiteral("--kind"),
            QStringLiteral("feature:ambulatory")});
        const QString withFeature = dump();
        refused({QStringLiteral("rate"), QStringLiteral("mgh-im.categorical"),
                 QStringLiteral("Sites"), QStringLiteral("many")},
                QStringLiteral("number"));
        refused({QStringLiteral("rate"), QStringLiteral("mgh-im.categorical"),
                 QStringLiteral("Sites"), QStringLiteral("-2")},
                QStringLiteral("number"));
        for (const char *value : {"3", "maybe", "1.5"}) {
            refused({QStringLiteral("rate"), QStringLiteral("mgh-im.categorical"),
                     QStringLiteral("Ambulatory"), QString::fromLatin1(value)},
                    QStringLiteral("yes, no"));
        }
        QCOMPARE(dump(), withFeature);
        ok({QStringLiteral("criteria"), QStringLiteral("remove"), QStringLiteral("Ambulatory")});
        QCOMPARE(dump(), before);

        ok({QStringLiteral("rate"), QStringLiteral("mgh-im.categorical"), QStringLiteral("Culture"),
            QStringLiteral("none")});
        QVERIFY(dump() != before);
        const QJsonArray ratings =
            json({QStringLiteral("ratings"), QStringLiteral("--format"), QStringLiteral("json")});
        // The three ratings left (two on Culture, one on Location), and the
        // catalog's site counts of the two MGH tracks (umass primary care and
        // bwh have none recorded).
        int mine = 0;
        int catalog = 0;
        for (const QJsonValue &value : ratings) {
            const QJsonObject r = value.toObject();
            QVERIFY(r.contains(QStringLiteral("track_key")));
            const QString source = r[QStringLiteral("source")].toString();
            if (source == u"you") {
                ++mine;
                QVERIFY(r[QStringLiteral("criterion")].toString() != u"Sites");
            } else {
                QCOMPARE(source, QStringLiteral("catalog"));
                QCOMPARE(r[QStringLiteral("criterion")].toString(), QStringLiteral("Sites"));
                QVERIFY(!r[QStringLiteral("catalog_source")].toString().isEmpty());
                ++catalog;
            }
        }
        QCOMPARE(mine, 3);
        QCOMPARE(catalog, 2);
    }

    // Issue 14: a feature the catalog does not record is unknown, not No; the
    // user's value of any fact wins over the catalog's and clears back to it.
    void userValuesOverrideFacts()
    {
        setUpList();
        ok({QStringLiteral("criteria"), QStringLiteral("add"), QStringLiteral("Ambulatory"),
            QStringLiteral("--weight"), QStringLiteral("1"), QStringLiteral("--kind"),
            QStringLiteral("feature:ambulatory")});
        ok({QStringLiteral("criteria"), QStringLiteral("add"), QStringLiteral("Share"),
            QStringLiteral("--weight"), QStringLiteral("1"), QStringLiteral("--kind"),
            QStringLiteral("attribute:ambulatory-share")});
        auto valueOf = [&](const QString &track, const QString &criterion) {
            const QJsonArray all = json(
                {QStringLiteral("ratings"), QStringLiteral("--format"), QStringLiteral("json")});
            for (const QJsonValue &value : all) {
                const QJsonObject r = value.toObject();
                if (r[QStringLiteral("track_key")] == track
                    && r[QStringLiteral("criterion")] == criterion)
                    return r;
            }
            return QJsonObject();
        };
        const QString bwh = QStringLiteral("bwh-pcpm.primary-care");
        const QString ambulatory = QStringLiteral("Ambulatory");
        const QString share = QStringLiteral("Share");
        auto rankOf = [&](const QString &track) {
            for (const QJsonValue &value : json({QStringLiteral("rank"), QStringLiteral("--format"),
                                                 QStringLiteral("json")})) {
                if (value[QStringLiteral("track_key")] == track)
                    return value.toObject();
            }
            return QJsonObject();
        };
        // No ambulatory feature recorded for BWH's primary care track: no value, missing.
        QVERIFY(valueOf(bwh, ambulatory).isEmpty());
        QVERIFY(rankOf(bwh)[QStringLiteral("missing")].toArray().contains(ambulatory));

        ok({QStringLiteral("rate"), bwh, ambulatory, QStringLiteral("yes")});
        QJsonObject mine = valueOf(bwh, ambulatory);
        QCOMPARE(mine[QStringLiteral("source")].toString(), QStringLiteral("you"));
        QCOMPARE(mine[QStringLiteral("value")].toDouble(), 1.0);
        QVERIFY(!rankOf(bwh)[QStringLiteral("missing")].toArray().contains(ambulatory));
        ok({QStringLiteral("rate"), bwh, ambulatory, QStringLiteral("none")});
        QVERIFY(valueOf(bwh, ambulatory).isEmpty());

        // umass primary care: the catalog gives an ambulatory share; the user's wins.
        const QString umass = QStringLiteral("umass-im.primary-care");
        const QJsonObject catalog = valueOf(umass, share);
        QCOMPARE(catalog[QStringLiteral("source")].toString(), QStringLiteral("catalog"));
        const double suggested = catalog[QStringLiteral("value")].toDouble();
        ok({QStringLiteral("rate"), umass, share, QStringLiteral("12.5")});
        mine = valueOf(umass, share);
        QCOMPARE(mine[QStringLiteral("source")].toString(), QStringLiteral("you"));
        QCOMPARE(mine[QStringLiteral("value")].toDouble(), 12.5);
        QCOMPARE(mine[QStringLiteral("catalog_value")].toDouble(), suggested);
        refused({QStringLiteral("rate"), umass, share, QStringLiteral("101")},
                QStringLiteral("0 to 100"));
        ok({QStringLiteral("rate"), umass, share, QStringLiteral("none")});
        QCOMPARE(valueOf(umass, share), catalog);
    }

    void rankJson()
    {
        setUpList();
        const QJsonArray rank =
            json({QStringLiteral("rank"), QStringLiteral("--format"), QStringLiteral("json")});
        QCOMPARE(rank.size(), 4);
        for (const QJsonValue &value : rank) {
            const QJsonObject e = value.toObject();
            for (const char *field : {"position", "computed_position", "track_key", "program",
                                      "track", "nrmp_code", "score", "missing", "pinned",
                                      "coverage", "score_low", "score_high", "provisional"})
                QVERIFY2(e.contains(QLatin1String(field)), field);
        }
        // mgh cat: (3 * 0.25 + 1 * 1) / 4 = 43.75; mgh pc: culture only 75; umass 100;
        // bwh: nothing -> null, no computed position.
        const QJsonObject cat = rank.at(0).toObject();
        QCOMPARE(cat[QStringLiteral("track_key")].toString(), QStringLiteral("mgh-im.categorical"));
        QCOMPARE(cat[QStringLiteral("position")].toInt(), 1);
        QCOMPARE(cat[QStringLiteral("score")].toDouble(), 43.75);
        QCOMPARE(cat[QStringLiteral("computed_position")].toInt(), 3);
        QVERIFY(cat[QStringLiteral("missing")].toArray().isEmpty());
        QVERIFY(cat[QStringLiteral("nrmp_code")].isNull());
        QCOMPARE(cat[QStringLiteral("pinned")].toBool(), false);
        QVERIFY(!cat[QStringLiteral("program")].toString().isEmpty());
        const QJsonObject pc = rank.at(1).toObject();
        QCOMPARE(pc[QStringLiteral("score")].toDouble(), 75.0);
        QCOMPARE(pc[QStringLiteral("missing")].toArray(), QJsonArray {QStringLiteral("Location")});
        const QJsonObject bwh = rank.at(3).toObject();
        QVERIFY(bwh[QStringLiteral("score")].isNull());
        QVERIFY(bwh[QStringLiteral("computed_position")].isNull());
        QCOMPARE(bwh[QStringLiteral("missing")].toArray().size(), 2);
        // Coverage and ranges: mgh cat has everything (range = score);
        // mgh pc rests on 3 of 4: Location at worst 2.25 / 4, at best 3.25 / 4.
        QCOMPARE(cat[QStringLiteral("coverage")].toDouble(), 100.0);
        QCOMPARE(cat[QStringLiteral("score_low")].toDouble(), 43.75);
        QCOMPARE(cat[QStringLiteral("score_high")].toDouble(), 43.75);
        QCOMPARE(cat[QStringLiteral("provisional")].toBool(), false);
        QCOMPARE(pc[QStringLiteral("coverage")].toDouble(), 75.0);
        QCOMPARE(pc[QStringLiteral("score_low")].toDouble(), 56.25);
        QCOMPARE(pc[QStringLiteral("score_high")].toDouble(), 81.25);
        QCOMPARE(pc[QStringLiteral("provisional")].toBool(), false);
        QCOMPARE(bwh[QStringLiteral("coverage")].toDouble(), 0.0);
        QVERIFY(bwh[QStringLiteral("score_low")].isNull());
        QVERIFY(bwh[QStringLiteral("score_high")].isNull());
        QCOMPARE(bwh[QStringLiteral("provisional")].toBool(), true);
        const QJsonArray strict =
            json({QStringLiteral("rank"), QStringLiteral("--format"), QStringLiteral("json"),
                  QStringLiteral("--min-coverage"), QStringLiteral("80")});
        QCOMPARE(strict.at(1).toObject()[QStringLiteral("provisional")].toBool(), true);
        QCOMPARE(strict.at(0).toObject()[QStringLiteral("provisional")].toBool(), false);
        refused({QStringLiteral("rank"), QStringLiteral("--min-coverage"), QStringLiteral("120")},
                QStringLiteral("min-coverage"));

        // --list picks by name; an unknown list exits 2.
        QCOMPARE(json({QStringLiteral("rank"), QStringLiteral("--list"), QStringLiteral("main"),
                       QStringLiteral("--format"), QStringLiteral("json")}),
                 rank);
        refused({QStringLiteral("rank"), QStringLiteral("--list"), QStringLiteral("Other")},
                QStringLiteral("Other"));
        refused({QStringLiteral("rank"), QStringLiteral("--format"), QStringLiteral("xml")},
                QStringLiteral("xml"));
    }

    void rankCsvAndText()
    {
        setUpList();
        const auto csv =
            run({QStringLiteral("rank"), QStringLiteral("--format"), QStringLiteral("csv")});
        QCOMPARE(csv.exitCode, 0);
        const QStringList lines = csv.out.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 5);
        QVERIFY(lines.at(0).startsWith(QStringLiteral("position,computed_position,track_key")));
        QVERIFY(lines.at(1).startsWith(QStringLiteral("1,3,mgh-im.categorical,")));
        QVERIFY(lines.at(4).contains(QStringLiteral(",,Culture; Location,")));
        // Scores have one decimal in CSV and text, as in the window and the PDF.
        QVERIFY2(lines.at(1).contains(QStringLiteral(",43.8,")), qPrintable(lines.at(1)));
        QVERIFY2(lines.at(2).contains(QStringLiteral(",75.0,")), qPrintable(lines.at(2)));
        const auto text = run({QStringLiteral("rank")});
        QCOMPARE(text.exitCode, 0);
        QVERIFY(text.out.contains(QStringLiteral("missing: Location")));
        QVERIFY2(text.out.contains(QStringLiteral(" 43.8 "))
                     && text.out.contains(QStringLiteral("100.0 "))
                     && text.out.contains(QStringLiteral(" 75.0 ")),
                 qPrintable(text.out));
    }

    void listEditsAndPinsSurviveSort()
    {
        setUpList();
        ok({QStringLiteral("list"), QStringLiteral("move"), QStringLiteral("Main"),
            QStringLiteral("bwh-pcpm.primary-care"), QStringLiteral("1")});
        ok({QStringLiteral("list"), QStringLiteral("pin"), QStringLiteral("Main"),
            QStringLiteral("mgh-im.categorical")});
        // Order: bwh, mgh cat (pinned), mgh pc, umass.
        ok({QStringLiteral("list"), QStringLiteral("sort"), QStringLiteral("Main")});
        QJsonArray rank =
            json({QStringLiteral("rank"), QStringLiteral("--format"), QStringLiteral("json")});
        QStringList keys;
        for (const QJsonValue &v : rank)
            keys.append(v.toObject()[QStringLiteral("track_key")].toString());
        // mgh cat stays 2nd; umass (100) and mgh pc (75) fill 1 and 3; unscored bwh last.
        QCOMPARE(keys,
                 (QStringList {QStringLiteral("umass-im.primary-care"),
                               QStringLiteral("mgh-im.categorical"),
                               QStringLiteral("mgh-im.primary-care"),
                               QStringLiteral("bwh-pcpm.primary-care")}));
        QVERIFY(rank.at(1).toObject()[QStringLiteral("pinned")].toBool());

        // The sort left a snapshot of the order before.
        const QJsonArray snapshots =
            json({QStringLiteral("list"), QStringLiteral("snapshots"), QStringLiteral("Main"),
                  QStringLiteral("--format"), QStringLiteral("json")});
        QCOMPARE(snapshots.size(), 1);
        const QJsonObject snapshot = snapshots.at(0).toObject();
        QCOMPARE(snapshot[QStringLiteral("reason")].toString(), QStringLiteral("before-sort"));
        const QJsonArray entries = snapshot[QStringLiteral("entries")].toArray();
        QCOMPARE(entries.at(0).toObject()[QStringLiteral("track_key")].toString(),
                 QStringLiteral("bwh-pcpm.primary-care"));
        QCOMPARE(
            snapshot[QStringLiteral("changes_since")].toObject()[QStringLiteral("moved")].toInt(),
            2);

        // Restore it; the sorted order is snapshotted in turn.
        ok({QStringLiteral("list"), QStringLiteral("restore"), QStringLiteral("Main"),
            QString::number(snapshot[QStringLiteral("id")].toInteger())});
        rank = json({QStringLiteral("rank"), QStringLiteral("--format"), QStringLiteral("json")});
        QCOMPARE(rank.at(0).toObject()[QStringLiteral("track_key")].toString(),
                 QStringLiteral("bwh-pcpm.primary-care"));
        QCOMPARE(json({QStringLiteral("list"), QStringLiteral("snapshots"), QStringLiteral("Main"),
                       QStringLiteral("--format"), QStringLiteral("json")})
                     .size(),
                 2);

        ok({QStringLiteral("list"), QStringLiteral("unpin"), QStringLiteral("Main"),
            QStringLiteral("mgh-im.categorical")});
        ok({QStringLiteral("list"), QStringLiteral("remove"), QStringLiteral("Main"),
            QStringLiteral("mgh-im.categorical")});
        ok({QStringLiteral("list"), QStringLiteral("add"), QStringLiteral("Main"),
            QStringLiteral("mgh-im.categorical"), QStringLiteral("--position"),
            QStringLiteral("2")});
        ok({QStringLiteral("list"), QStringLiteral("snapshot"), QStringLiteral("Main"),
            QStringLiteral("--label"), QStringLiteral("after second looks")});
        rank = json({QStringLiteral("rank"), QStringLiteral("--format"), QStringLiteral("json")});
        QCOMPARE(rank.at(1).toObject()[QStringLiteral("track_key")].toString(),
                 QStringLiteral("mgh-im.categorical"));
        QVERIFY(!rank.at(1).toObject()[QStringLiteral("pinned")].toBool());
        const QJsonArray lists =
            json({QStringLiteral("lists"), QStringLiteral("--format"), QStringLiteral("json")});
        QCOMPARE(lists.at(0).toObject()[QStringLiteral("ranks")].toInt(), 4);
        QCOMPARE(lists.at(0).toObject()[QStringLiteral("kind")].toString(),
                 QStringLiteral("primary"));

        ok({QStringLiteral("list"), QStringLiteral("delete"), QStringLiteral("Main")});
        QVERIFY(json({QStringLiteral("lists"), QStringLiteral("--format"), QStringLiteral("json")})
                    .isEmpty());
        QVERIFY(dump().endsWith(QStringLiteral("\n\n0\n"))); // entries and snapshots went too
    }

    void badListEditsChangeNothing()
    {
        setUpList();
        const QString before = dump();
        refused({QStringLiteral("list"), QStringLiteral("add"), QStringLiteral("Main"),
                 QStringLiteral("mgh-im.nowhere")},
                QStringLiteral("mgh-im.nowhere"));
        refused({QStringLiteral("list"), QStringLiteral("add"), QStringLiteral("Other"),
                 QStringLiteral("mgh-im.categorical")},
                QStringLiteral("Other"));
        refused({QStringLiteral("list"), QStringLiteral("add"), QStringLiteral("Main"),
                 QStringLiteral("mgh-im.categorical")},
                QStringLiteral("already"));
        refused({QStringLiteral("list"), QStringLiteral("add"), QStringLiteral("Main"),
                 QStringLiteral("mgh-im.global-primary-care"), QStringLiteral("--position"),
                 QStringLiteral("9")},
                QStringLiteral("Position 9"));
        refused({QStringLiteral("list"), QStringLiteral("move"), QStringLiteral("Main"),
                 QStringLiteral("mgh-im.categorical"), QStringLiteral("0")},
                QStringLiteral("position"));
        refused({QStringLiteral("list"), QStringLiteral("move"), QStringLiteral("Main"),
                 QStringLiteral("mgh-im.global-primary-care"), QStringLiteral("1")},
                QStringLiteral("not on the list"));
        refused({QStringLiteral("list"), QStringLiteral("pin"), QStringLiteral("Main"),
                 QStringLiteral("Not a key")},
                QStringLiteral("not a track key"));
        refused({QStringLiteral("list"), QStringLiteral("create"), QStringLiteral("main")},
                QStringLiteral("already"));
        refused({QStringLiteral("list"), QStringLiteral("restore"), QStringLiteral("Main"),
                 QStringLiteral("42")},
                QStringLiteral("42"));
        refused({QStringLiteral("list"), QStringLiteral("sort"), QStringLiteral("Other")},
                QStringLiteral("Other"));
        QCOMPARE(dump(), before);
    }

    void refuses301stRank()
    {
        m_db = freshDb();
        ok({QStringLiteral("list"), QStringLiteral("create"), QStringLiteral("Main")});
        {
            // 300 ranks written directly, plus a 301st track to try.
            auto db = Database::open(m_db);
            QVERIFY(db.ok());
            QSqlQuery q((*db)->connection());
            QVERIFY(q.exec(QStringLiteral("INSERT INTO programs(key, name, origin, source) VALUES "
                                          "('my-big', 'Big', 'user', 'added by user')")));
            const qint64 program = q.lastInsertId().toLongLong();
            ListOrder order;
            for (int i = 0; i <= 300; ++i) {
                QVERIFY(q.exec(QStringLiteral("INSERT INTO tracks(key, program_id, position, "
                                              "name, type, origin, source) VALUES ('my-big.t%1', "
                                              "%2, %1, 'T%1', 'categorical', 'user', 'x')")
                                   .arg(i)
                                   .arg(program)));
                if (i < 300)
                    order.append({q.lastInsertId().toLongLong(), false});
            }
            RankListRepository lists(**db);
            QVERIFY(lists.setOrder(lists.byName(QStringLiteral("Main"))->id, order).ok());
        }
        const QString before = dump();
        refused({QStringLiteral("list"), QStringLiteral("add"), QStringLiteral("Main"),
                 QStringLiteral("my-big.t300")},
                QStringLiteral("301"));
        QCOMPARE(dump(), before);
        // Over 100 ranks and 20 program codes: warnings on stderr, exit 0.
        const auto rank =
            run({QStringLiteral("rank"), QStringLiteral("--format"), QStringLiteral("json")});
        QCOMPARE(rank.exitCode, 0);
        QVERIFY(rank.err.contains(QStringLiteral("300 ranks")));
        QVERIFY(rank.err.contains(QStringLiteral("program codes")));
        QCOMPARE(rank.json().array().size(), 300);
    }

    void stabilityAndGutcheck()
    {
        setUpList();
        // Computed: umass (100), mgh pc (75), mgh cat (43.75). User: cat, pc, umass.
        const QJsonObject stability =
            run({QStringLiteral("stability"), QStringLiteral("--format"), QStringLiteral("json")})
                .json()
                .object();
        const QJsonArray pairs = stability[QStringLiteral("pairs")].toArray();
        QCOMPARE(pairs.size(), 2);
        const QJsonArray leftOut {
            QJsonObject {{QStringLiteral("track_key"), QStringLiteral("bwh-pcpm.primary-care")},
                         {QStringLiteral("reason"), QStringLiteral("no-score")}}};
        QCOMPARE(stability[QStringLiteral("left_out")].toArray(), leftOut);
        const QJsonObject first = pairs.at(0).toObject();
        QCOMPARE(first[QStringLiteral("upper")].toString(),
                 QStringLiteral("umass-im.primary-care"));
        QCOMPARE(first[QStringLiteral("lower")].toString(), QStringLiteral("mgh-im.primary-care"));
        QCOMPARE(first[QStringLiteral("margin")].toDouble(), 25.0);
        // Both rated on Culture only: no single weight changes their order.
        QVERIFY(first[QStringLiteral("swap")].isNull());
        const QJsonObject second = pairs.at(1).toObject();
        QCOMPARE(second[QStringLiteral("lower")].toString(), QStringLiteral("mgh-im.categorical"));
        // mgh cat (culture 0.25, location 1) reaches mgh pc's 0.75 with Location
        // at 6 (+5), or with Culture at 0.5: (0.25 * 0.5 + 1) / 1.5. The smaller: -2.5.
        const QJsonObject swap = second[QStringLiteral("swap")].toObject();
        QCOMPARE(swap[QStringLiteral("criterion")].toString(), QStringLiteral("Culture"));
        QVERIFY(qFuzzyCompare(swap[QStringLiteral("weight_change")].toDouble(), -2.5));
        QCOMPARE(swap[QStringLiteral("direction")].toString(), QStringLiteral("decrease"));
        QCOMPARE(second[QStringLiteral("tied")].toBool(), false);

        const auto gut =
            run({QStringLiteral("gutcheck"), QStringLiteral("--format"), QStringLiteral("json")});
        QCOMPARE(gut.exitCode, 0);
        const QJsonObject g = gut.json().object();
        // User order cat, pc, umass is the computed order reversed: tau -1.
        QCOMPARE(g[QStringLiteral("kendall_tau")].toDouble(), -1.0);
        const QJsonArray disagreements = g[QStringLiteral("disagreements")].toArray();
        QCOMPARE(disagreements.size(), 3);
        QCOMPARE(disagreements.at(0).toArray(),
                 (QJsonArray {QStringLiteral("mgh-im.categorical"),
                              QStringLiteral("mgh-im.primary-care")}));
        QCOMPARE(g[QStringLiteral("unscored")].toArray(),
                 QJsonArray {QStringLiteral("bwh-pcpm.primary-care")});
        QCOMPARE(g[QStringLiteral("left_out")].toArray(), leftOut);
        QVERIFY(g[QStringLiteral("rate_first")].toArray().isEmpty());

        // At 80% only mgh cat counts: no verdict, what to rate first instead,
        // the heaviest missing value first (bwh's Culture, weight 3).
        const QStringList strict {QStringLiteral("--format"), QStringLiteral("json"),
                                  QStringLiteral("--min-coverage"), QStringLiteral("80")};
        const QJsonObject g80 =
            run(QStringList {QStringLiteral("gutcheck")} + strict).json().object();
        QVERIFY(g80[QStringLiteral("kendall_tau")].isNull());
        QCOMPARE(g80[QStringLiteral("left_out")].toArray().size(), 3);
        const QJsonArray rateFirst = g80[QStringLiteral("rate_first")].toArray();
        QVERIFY(!rateFirst.isEmpty());
        QCOMPARE(
            rateFirst.at(0).toObject(),
            (QJsonObject {{QStringLiteral("track_key"), QStringLiteral("bwh-pcpm.primary-care")},
                          {QStringLiteral("criterion"), QStringLiteral("Culture")}}));
        const QJsonObject s80 =
            run(QStringList {QStringLiteral("stability")} + strict).json().object();
        QVERIFY(s80[QStringLiteral("pairs")].toArray().isEmpty());
        QCOMPARE(s80[QStringLiteral("rate_first")].toArray(), rateFirst);
        const auto text = run(
            {QStringLiteral("gutcheck"), QStringLiteral("--min-coverage"), QStringLiteral("80")});
        QVERIFY(text.out.contains(QStringLiteral("Rate these first")));
        QVERIFY(!text.out.contains(QStringLiteral("tau")));
    }

    void noListYet()
    {
        m_db = freshDb();
        refused({QStringLiteral("rank")}, QStringLiteral("list create"));
        refused({QStringLiteral("gutcheck")}, QStringLiteral("list create"));
    }
};

QTEST_GUILESS_MAIN(TestCliRank)
#include "tst_cli_rank.moc"
