#pragma once

// A database with criteria, one list of four catalog tracks and some
// ratings, shared by the rank list builder's GUI tests.

#include "ranking/rankservice.h"
#include "storage/criterionrepository.h"
#include "storage/ranklistrepository.h"
#include "storage/uservaluerepository.h"
#include "workspacefixture.h"

#include <QTest>

namespace rw::test {

struct RankFixture
{
    TempDatabase temp;
    QList<TrackRef> tracks; // mgh cat, mgh pc, umass pc, bwh pc
    Criterion culture; // rating, weight 3
    Criterion location; // rating, weight 1
    Criterion advocacy; // feature:advocacy, weight 1
    RankList list;
    // Owns the database (temp.db() still reaches it) for the builder's
    // controller, commands and document.
    Workspace workspace;

    explicit RankFixture(bool withList = true)
    {
        fill(withList);
        workspace.setDatabase(temp.take());
    }

    void fill(bool withList)
    {
        CriterionRepository criteria(temp.db());
        culture =
            *criteria.add(makeCriterion(QStringLiteral("Culture"), 3, CriterionKind::Rating, {}));
        location =
            *criteria.add(makeCriterion(QStringLiteral("Location"), 1, CriterionKind::Rating, {}));
        advocacy = *criteria.add(makeCriterion(QStringLiteral("Advocacy"), 1,
                                               CriterionKind::Feature, QStringLiteral("advocacy")));
        RankListRepository lists(temp.db());
        for (const char *key : {"mgh-im.categorical", "mgh-im.primary-care",
                                "umass-im.primary-care", "bwh-pcpm.primary-care"})
            tracks.append(*lists.track(QString::fromLatin1(key)));
        if (!withList)
            return;
        list = *lists.create(QStringLiteral("Main"), RankListKind::Primary);
        ListOrder order;
        for (const TrackRef &t : std::as_const(tracks))
            order.append({t.id, false});
        if (!lists.setOrder(list.id, order))
            qFatal("cannot write the fixture's list");
        // Culture: mgh cat 2, mgh pc 4, umass 5; Location: mgh cat 5. bwh unrated.
        rate(0, culture, 2);
        rate(1, culture, 4);
        rate(2, culture, 5);
        rate(0, location, 5);
        // Advocacy: the catalog records it for both MGH tracks; umass and bwh
        // are unknown there, so the user says No for them (their own values).
        for (int track : {2, 3}) {
            if (!UserValueRepository(temp.db()).set(tracks.at(track).id, advocacy.id, 0.0))
                qFatal("cannot set the fixture's values");
        }
    }

    void rate(int track, const Criterion &criterion, int value)
    {
        if (!CriterionRepository(temp.db()).setRating(tracks.at(track).id, criterion.id, value))
            qFatal("cannot rate");
    }

    QStringList keys()
    {
        QStringList result;
        const auto entries = RankListRepository(temp.db()).entries(list.id);
        for (const RankEntry &e : *entries)
            result.append(e.trackKey);
        return result;
    }

    ListOrder order() { return *RankListRepository(temp.db()).order(list.id); }
};

} // namespace rw::test
