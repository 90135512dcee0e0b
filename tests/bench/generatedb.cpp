#include "generatedb.h"

#include "model/curriculumfeature.h"
#include "model/track.h"
#include "storage/database.h"
#include "storage/sqlvalues.h"

#include <QRandomGenerator>
#include <QSqlQuery>
#include <QStringList>

namespace rw::bench {

namespace {

const QList<QPair<QString, QString>> kCities {
    {QStringLiteral("Boston"), QStringLiteral("MA")},
    {QStringLiteral("Worcester"), QStringLiteral("MA")},
    {QStringLiteral("Providence"), QStringLiteral("RI")},
    {QStringLiteral("New Haven"), QStringLiteral("CT")},
    {QStringLiteral("New York"), QStringLiteral("NY")},
    {QStringLiteral("Rochester"), QStringLiteral("NY")},
    {QStringLiteral("Philadelphia"), QStringLiteral("PA")},
    {QStringLiteral("Pittsburgh"), QStringLiteral("PA")},
    {QStringLiteral("Baltimore"), QStringLiteral("MD")},
    {QStringLiteral("Chicago"), QStringLiteral("IL")},
    {QStringLiteral("Ann Arbor"), QStringLiteral("MI")},
    {QStringLiteral("Cleveland"), QStringLiteral("OH")},
    {QStringLiteral("Nashville"), QStringLiteral("TN")},
    {QStringLiteral("Atlanta"), QStringLiteral("GA")},
    {QStringLiteral("Houston"), QStringLiteral("TX")},
    {QStringLiteral("Denver"), QStringLiteral("CO")},
    {QStringLiteral("Seattle"), QStringLiteral("WA")},
    {QStringLiteral("San Francisco"), QStringLiteral("CA")},
    {QStringLiteral("Los Angeles"), QStringLiteral("CA")},
    {QStringLiteral("Portland"), QStringLiteral("OR")},
};
const QStringList kNames {
    QStringLiteral("Saint Mary"), QStringLiteral("Memorial"),     QStringLiteral("University"),
    QStringLiteral("Community"),  QStringLiteral("Mercy"),        QStringLiteral("Riverside"),
    QStringLiteral("Lakeshore"),  QStringLiteral("Presbyterian"), QStringLiteral("Baptist"),
    QStringLiteral("Methodist"),  QStringLiteral("Children's"),   QStringLiteral("Veterans")};
const QStringList kWords {
    QStringLiteral("continuity"), QStringLiteral("clinic"),     QStringLiteral("ambulatory"),
    QStringLiteral("primary"),    QStringLiteral("care"),       QStringLiteral("residents"),
    QStringLiteral("teaching"),   QStringLiteral("research"),   QStringLiteral("underserved"),
    QStringLiteral("population"), QStringLiteral("health"),     QStringLiteral("mentoring"),
    QStringLiteral("wellness"),   QStringLiteral("community"),  QStringLiteral("hospital"),
    QStringLiteral("advocacy"),   QStringLiteral("global"),     QStringLiteral("leadership"),
    QStringLiteral("quality"),    QStringLiteral("improvement")};
const QStringList kStreets {QStringLiteral("Harbor"),  QStringLiteral("Elm"),
                            QStringLiteral("Main"),    QStringLiteral("Washington"),
                            QStringLiteral("Lincoln"), QStringLiteral("Park"),
                            QStringLiteral("Oak"),     QStringLiteral("Maple")};
const QStringList kLanguages {QStringLiteral("Spanish"),        QStringLiteral("Portuguese"),
                              QStringLiteral("Haitian Creole"), QStringLiteral("Vietnamese"),
                              QStringLiteral("Mandarin"),       QStringLiteral("Arabic")};

class Generator
{
public:
    Generator(Database &db, quint32 seed)
        : m_db(db)
        , m_random(seed)
    { }
    Status run(int programs);

private:
    QString pick(const QStringList &list) { return list.at(m_random.bounded(int(list.size()))); }
    QString sentence(int words)
    {
        QStringList out;
        for (int i = 0; i < words; ++i)
            out.append(pick(kWords));
        return out.join(u' ');
    }
    Result<QSqlQuery> statement(const QString &sql) { return prepare(m_db, sql); }
    Status exec(QSqlQuery &query, const QVariantList &values)
    {
        SqlValues::bindAll(query, values);
        return execute(query, QStringLiteral("generating"));
    }

    Database &m_db;
    QRandomGenerator m_random;
};

Status Generator::run(int count)
{
    auto institution = statement(QStringLiteral(
        "INSERT INTO institutions(key, name, origin, source) VALUES (?, ?, 'catalog', 'bench')"));
    auto program = statement(QStringLiteral(
        "INSERT INTO programs(key, name, institution_id, specialty, city, state, description, "
        "schedule_model, ambulatory_share_min, ambulatory_share_max, origin, source) "
        "VALUES (?, ?, ?, 'Internal Medicine', ?, ?, ?, ?, ?, ?, 'catalog', 'bench')"));
    auto track = statement(QStringLiteral(
        "INSERT INTO tracks(key, program_id, position, name, type, nrmp_code, origin, source) "
        "VALUES (?, ?, ?, ?, ?, ?, 'catalog', 'bench')"));
    auto site = statement(QStringLiteral(
        "INSERT INTO sites(key, program_id, position, name, residents_placed, distance_miles, "
        "location, origin, source) VALUES (?, ?, ?, ?, ?, ?, ?, 'catalog', 'bench')"));
    auto language = statement(QStringLiteral(
        "INSERT INTO site_languages(site_id, position, language, kind) VALUES (?, ?, ?, 'staff')"));
    auto feature = statement(QStringLiteral(
        "INSERT INTO features(key, program_id, track_id, position, category, name, description, "
        "origin, source) VALUES (?, ?, ?, ?, ?, ?, ?, 'catalog', 'bench')"));
    auto note = statement(QStringLiteral(
        "INSERT INTO notes(program_id, body, created, modified) VALUES (?, ?, ?, ?)"));
    for (auto *q : {&institution, &program, &track, &site, &language, &feature, &note}) {
        if (!*q)
            return q->error();
    }
    const QStringList categories = FeatureCategory::ids();
    const QList<TrackType> types = allTrackTypes();
    const QString now = QStringLiteral("2025-01-10T10:00:00.000Z");
    return m_db.write([&]() -> Status {
        QList<qint64> institutions;
        for (int i = 0; i < count / 4 + 1; ++i) {
            const auto &[city, state] = kCities.at(i % kCities.size());
            if (auto s = exec(*institution,
                              {QStringLiteral("bench-inst-%1").arg(i),
                               QString(pick(kNames) + u' ' + city + QStringLiteral(" Hospital ")
                                       + QString::number(i))});
                !s)
                return s;
            institutions.append(institution->lastInsertId().toLongLong());
        }
        for (int p = 0; p < count; ++p) {
            const auto &[city, state] = kCities.at(m_random.bounded(int(kCities.size())));
            const QString key = QStringLiteral("bench-%1").arg(p);
            const double share = 20 + m_random.bounded(40);
            if (auto s = exec(*program,
                              {key,
                               QString(pick(kNames) + u' ' + city
                                       + QStringLiteral(" Internal Medicine Residency ")
                                       + QString::number(p)),
                               institutions.at(p / 4), city, state, sentence(30),
                               m_random.bounded(2) ? QStringLiteral("4+1") : QStringLiteral("3+2"),
                               share, share + 10});
                !s)
                return s;
            const qint64 programId = program->lastInsertId().toLongLong();
            QList<qint64> trackIds;
            const int tracks = 1 + m_random.bounded(3);
            for (int t = 0; t < tracks; ++t) {
                const TrackType type = types.at(m_random.bounded(int(types.size())));
                const QString code = QStringLiteral("%1140%2%3")
                                         .arg(p % 10000, 4, 10, QLatin1Char('0'))
                                         .arg(QLatin1Char("CPM"[t]))
                                         .arg(t);
                if (auto s = exec(*track,
                                  {QString(key + QStringLiteral(".t%1").arg(t)), programId, t,
                                   trackTypeDisplayName(type), trackTypeId(type), code});
                    !s)
                    return s;
                trackIds.append(track->lastInsertId().toLongLong());
            }
            const int sites = m_random.bounded(7);
            for (int s = 0; s < sites; ++s) {
                if (auto status =
                        exec(*site,
                             {QString(key + QStringLiteral("@s%1").arg(s)), programId, s,
                              QString(pick(kStreets) + QStringLiteral(" Street Health Center")),
                              QStringLiteral("2-10"), 1 + m_random.bounded(15), city});
                    !status)
                    return status;
                const qint64 siteId = site->lastInsertId().toLongLong();
                if (auto status = exec(*language, {siteId, 0, pick(kLanguages)}); !status)
                    return status;
            }
            const int features = 4 + m_random.bounded(9);
            for (int f = 0; f < features; ++f) {
                const QVariant trackId = m_random.bounded(4) == 0
                    ? QVariant(trackIds.at(m_random.bounded(int(trackIds.size()))))
                    : QVariant();
                if (auto s = exec(*feature,
                                  {QString(key + QStringLiteral("#f%1").arg(f)), programId, trackId,
                                   f, pick(categories), sentence(3), sentence(20)});
                    !s)
                    return s;
            }
            if (m_random.bounded(20) == 0) {
                if (auto s = exec(*note, {programId, sentence(40), now, now}); !s)
                    return s;
            }
        }
        return {};
    });
}

} // namespace

Status generatePrograms(Database &db, int programs, quint32 seed)
{
    return Generator(db, seed).run(programs);
}

} // namespace rw::bench
