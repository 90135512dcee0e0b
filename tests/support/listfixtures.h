#pragma once

// A rank list to export, print and import in the tests: criteria of every
// kind, ratings, the user's own notes (one hostile) and a classmate's note.

#include "sharingfixtures.h"
#include "storage/criterionrepository.h"
#include "storage/ranklistrepository.h"

namespace rw::test {

struct ExportFixture
{
    Criterion teaching; // rating, weight 3
    Criterion location; // rating, weight 1
    Criterion ambulatory; // attribute:ambulatory-share, weight 2
    RankList list; // "Main", primary
    QList<TrackRef> tracks; // in list order

    // The list holds every catalog track, then `userPrograms` programs of the
    // user's own ("Program 001" …, NRMP codes 1000140C0 …), rated in a pattern.
    ExportFixture(Database &db, int userPrograms)
    {
        CriterionRepository criteria(db);
        teaching =
            *criteria.add(makeCriterion(QStringLiteral("Teaching"), 3, CriterionKind::Rating, {}));
        location =
            *criteria.add(makeCriterion(QStringLiteral("Location"), 1, CriterionKind::Rating, {}));
        ambulatory = *criteria.add(makeCriterion(QStringLiteral("Ambulatory share"), 2,
                                                 CriterionKind::Attribute,
                                                 QStringLiteral("ambulatory-share")));
        for (int i = 1; i <= userPrograms; ++i) {
            addUserProgram(db, QStringLiteral("Program %1").arg(i, 3, 10, QLatin1Char('0')),
                           QStringLiteral("Hospital %1").arg(i),
                           {{QStringLiteral("Categorical"),
                             QString::number(1000 + i) + QStringLiteral("140C0")}});
        }
        RankListRepository lists(db);
        QSqlQuery query(db.connection());
        query.exec(QStringLiteral("SELECT key FROM tracks WHERE withdrawn = 0 ORDER BY "
                                  "origin = 'user', id"));
        while (query.next())
            tracks.append(*lists.track(query.value(0).toString()));
        list = *lists.create(QStringLiteral("Main"), RankListKind::Primary);
        ListOrder order;
        for (const TrackRef &track : std::as_const(tracks))
            order.append({track.id, false});
        if (!lists.setOrder(list.id, order))
            qFatal("cannot write the fixture's list");
        QList<CriterionRepository::RatingChange> ratings;
        for (qsizetype i = 0; i < tracks.size(); ++i) {
            ratings.append({tracks.at(i).id, teaching.id, int(1 + (i * 3) % 5)});
            if (i % 4 != 3) // some missing
                ratings.append({tracks.at(i).id, location.id, int(1 + (i * 2) % 5)});
        }
        if (!criteria.setRatings(ratings))
            qFatal("cannot rate");
    }

    // An own note on the first track and a classmate's on the same track.
    static void addNotes(Database &db, const QString &trackKey)
    {
        addOwnNote(db, NoteTarget::Kind::Track, trackKey,
                   QStringLiteral("# Interview day\n- <b>not bold</b> <img src=\"x.png\"> "
                                  "great **teaching**\n- abc\u202Edef"));
        sql(db,
            QStringLiteral("INSERT INTO peers(name, imported_at) VALUES ('Sam', "
                           "'2025-01-01T00:00:00Z')"));
        sql(db,
            QStringLiteral("INSERT INTO notes(track_id, body, created, modified, peer_id, "
                           "external_id) SELECT t.id, 'PEER SECRET', '2025-01-01', "
                           "'2025-01-01', p.id, 'n1' FROM tracks t, peers p WHERE t.key = '")
                + trackKey + QStringLiteral("'"));
    }
};

} // namespace rw::test
