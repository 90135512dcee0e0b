#include "benchdataset.h"

#include "model/criterion.h"
#include "model/curriculumfeature.h"
#include "storage/database.h"
#include "storage/sqlvalues.h"

#include <QDateTime>
#include <QSqlQuery>
#include <QStringList>

#include <random>

namespace rw::bench {

namespace {

const char *const kCities[][2] = {
    {"Boston", "MA"},        {"Worcester", "MA"},   {"Springfield", "MA"},    {"New York", "NY"},
    {"Rochester", "NY"},     {"Buffalo", "NY"},     {"Philadelphia", "PA"},   {"Pittsburgh", "PA"},
    {"Baltimore", "MD"},     {"Chicago", "IL"},     {"Detroit", "MI"},        {"Ann Arbor", "MI"},
    {"Cleveland", "OH"},     {"Columbus", "OH"},    {"Nashville", "TN"},      {"Atlanta", "GA"},
    {"Miami", "FL"},         {"Houston", "TX"},     {"Dallas", "TX"},         {"San Antonio", "TX"},
    {"Denver", "CO"},        {"Phoenix", "AZ"},     {"Seattle", "WA"},        {"Portland", "OR"},
    {"San Francisco", "CA"}, {"Los Angeles", "CA"}, {"San Diego", "CA"},      {"Minneapolis", "MN"},
    {"St. Louis", "MO"},     {"New Orleans", "LA"}, {"Salt Lake City", "UT"}, {"Providence", "RI"},
};
const char *const kNameParts[] = {
    "Saint Mary's", "Riverside", "Lakeview",       "Mercy",     "Providence", "Presbyterian",
    "Memorial",     "Unity",     "Good Samaritan", "Baptist",   "Methodist",  "Highland",
    "Valley",       "Summit",    "Harbor",         "Northwest", "Southern",   "Metropolitan",
    "County",       "Veterans",  "Children's",     "Union",
};
const char *const kInstitutionKinds[] = {"Medical Center", "Hospital", "Health System",
                                         "University Hospital", "Regional Medical Center"};
const char *const kSpecialties[][2] = {{"Internal Medicine", "140"},
                                       {"Family Medicine", "120"},
                                       {"Pediatrics", "320"},
                                       {"Psychiatry", "400"}};
const char *const kTrackTypes[] = {"categorical", "primary-care", "preliminary",
                                   "physician-scientist", "global-primary-care"};
const char *const kTrackNames[] = {"Categorical", "Primary Care", "Preliminary",
                                   "Physician-Scientist", "Global Health"};
const char *const kLanguages[] = {"Spanish",  "Portuguese", "Haitian Creole", "Vietnamese",
                                  "Mandarin", "Arabic",     "Russian",        "Somali",
                                  "Hindi",    "Tagalog"};
const char *const kServices[] = {"Cardiology",        "Dermatology", "Neurology", "Podiatry",
                                 "Physical therapy",  "Laboratory",  "Radiology", "Pharmacy",
                                 "Behavioral health", "Social work", "Nutrition", "Urgent care"};
const char *const kWords[] = {"residents", "teaching",  "clinic",     "attending",  "commute",
                              "call",      "schedule",  "mentorship", "research",   "wellness",
                              "patients",  "didactics", "ICU",        "ambulatory", "culture",
                              "city",      "cost",      "friendly",   "supportive", "busy",
                              "autonomy",  "fellowship"};

class Generator
{
public:
    Generator(Database &db, int programs, quint64 seed)
        : m_db(db)
        , m_programs(programs)
        , m_random(seed)
    { }

    Status run();
    DatasetCounts counts;

private:
    int uniform(int low, int high)
    {
        return std::uniform_int_distribution<int>(low, high)(m_random);
    }
    bool chance(double p) { return std::bernoulli_distribution(p)(m_random); }
    template<typename T, size_t N>
    const T &pick(const T (&array)[N])
    {
        return array[size_t(uniform(0, int(N) - 1))];
    }
    QString sentence(int words);
    Result<QSqlQuery> statement(const QString &sql);
    Status exec(QSqlQuery &query, const QVariantList &values);

    Database &m_db;
    int m_programs;
    std::mt19937_64 m_random;
};

QString Generator::sentence(int words)
{
    QStringList parts;
    for (int i = 0; i < words; ++i)
        parts.append(QString::fromLatin1(pick(kWords)));
    QString text = parts.join(u' ');
    text[0] = text[0].toUpper();
    return text + u'.';
}

// Plain Qt Sql: the data set is made without the code it measures.
Result<QSqlQuery> Generator::statement(const QString &sql)
{
    QSqlQuery query(m_db.connection());
    if (!query.prepare(sql))
        return sqlError(query, QStringLiteral("preparing a statement"));
    return query;
}

Status Generator::exec(QSqlQuery &query, const QVariantList &values)
{
    SqlValues::bindAll(query, values);
    if (!query.exec())
        return sqlError(query, QStringLiteral("generating"));
    return {};
}

Status Generator::run()
{
    return m_db.write([&]() -> Status {
        auto institution = statement(QStringLiteral("INSERT INTO institutions(key, name, origin, "
                                                    "source) VALUES (?, ?, 'user', 'generated')"));
        auto program = statement(QStringLiteral(
            "INSERT INTO programs(key, name, institution_id, specialty, city, state, description, "
            "website, positions, schedule_model, ambulatory_share_min, ambulatory_share_max, "
            "origin, "
            "source) VALUES (?, ?, ?, ?, ?, ?, ?, '', ?, ?, ?, ?, 'user', 'generated')"));
        auto track =
            statement(QStringLiteral("INSERT INTO tracks(key, program_id, position, name, type, "
                                     "nrmp_code, positions, origin, "
                                     "source) VALUES (?, ?, ?, ?, ?, ?, ?, 'user', 'generated')"));
        auto site = statement(QStringLiteral(
            "INSERT INTO sites(key, program_id, position, name, residents_placed, residents_min, "
            "residents_max, distance_miles, location, description, origin, source) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, '', ?, 'user', 'generated')"));
        auto siteTrack =
            statement(QStringLiteral("INSERT INTO site_tracks(site_id, track_id) VALUES (?, ?)"));
        auto siteLanguage = statement(QStringLiteral(
            "INSERT INTO site_languages(site_id, position, language, kind) VALUES (?, ?, ?, ?)"));
        auto siteService = statement(QStringLiteral(
            "INSERT INTO site_services(site_id, position, name, kind) VALUES (?, ?, ?, ?)"));
        auto feature = statement(QStringLiteral(
            "INSERT INTO features(key, program_id, track_id, position, category, name, duration, "
            "description, origin, source) VALUES (?, ?, NULL, ?, ?, ?, ?, ?, 'user', "
            "'generated')"));
        auto note = statement(QStringLiteral("INSERT INTO notes(program_id, track_id, body, "
                                             "created, modified) VALUES (?, ?, ?, ?, ?)"));
        for (auto *q : {&institution, &program, &track, &site, &siteTrack, &siteLanguage,
                        &siteService, &feature, &note}) {
            if (!*q)
                return q->error();
        }

        const QStringList categories = FeatureCategory::ids();
        QList<qint64> allTracks;
        const QDateTime base = QDateTime(QDate(2026, 10, 1), QTime(9, 0), Qt::UTC);
        const int institutionCount = std::max(1, m_programs / 2);
        QList<qint64> institutionIds;
        for (int i = 0; i < institutionCount; ++i) {
            const QString name = QStringLiteral("%1 %2 %3")
                                     .arg(QString::fromLatin1(pick(kNameParts)),
                                          QString::fromLatin1(pick(kCities)[0]),
                                          QString::fromLatin1(pick(kInstitutionKinds)));
            if (auto s = exec(*institution, {QStringLiteral("my-gen-inst-%1").arg(i), name}); !s)
                return s;
            institutionIds.append(institution->lastInsertId().toLongLong());
        }
        for (int p = 0; p < m_programs; ++p) {
            const auto &city = pick(kCities);
            const auto &specialty = pick(kSpecialties);
            const qint64 institutionId = institutionIds.at(uniform(0, institutionCount - 1));
            const QString programKey = QStringLiteral("my-gen-%1").arg(p, 5, 10, QLatin1Char('0'));
            const int shareMin = uniform(20, 50);
            if (auto s = exec(*program,
                              {programKey,
                               QStringLiteral("%1 %2 Residency %3")
                                   .arg(QString::fromLatin1(pick(kNameParts)),
                                        QString::fromLatin1(specialty[0]))
                                   .arg(p),
                               institutionId, QString::fromLatin1(specialty[0]),
                               QString::fromLatin1(city[0]), QString::fromLatin1(city[1]),
                               sentence(uniform(12, 30)), uniform(6, 60),
                               chance(0.2) ? QStringLiteral("4+1") : QString(),
                               chance(0.6) ? QVariant(shareMin) : QVariant(),
                               chance(0.6) ? QVariant(shareMin + uniform(0, 20)) : QVariant()});
                !s)
                return s;
            const qint64 programId = program->lastInsertId().toLongLong();

            QList<qint64> programTracks;
            const int trackCount = uniform(1, 4);
            for (int t = 0; t < trackCount; ++t) {
                const QString code = QStringLiteral("%1%2%3%4")
                                         .arg(p % 10000, 4, 10, QLatin1Char('0'))
                                         .arg(QString::fromLatin1(specialty[1]))
                                         .arg(QChar(t == 0 ? u'C' : (t == 2 ? u'P' : u'M')))
                                         .arg(t);
                if (auto s = exec(*track,
                                  {QStringLiteral("%1.%2").arg(programKey).arg(t), programId, t,
                                   QString::fromLatin1(kTrackNames[t]),
                                   QString::fromLatin1(kTrackTypes[t]),
                                   p < 10000 ? QVariant(code) : QVariant(), uniform(2, 40)});
                    !s)
                    return s;
                programTracks.append(track->lastInsertId().toLongLong());
                ++counts.tracks;
            }
            allTracks.append(programTracks);

            const int siteCount = uniform(3, 15);
            for (int s = 0; s < siteCount; ++s) {
                const int low = uniform(2, 10);
                const bool open = chance(0.1);
                if (auto st =
                        exec(*site,
                             {QStringLiteral("%1@site-%2").arg(programKey).arg(s), programId, s,
                              QStringLiteral("%1 Health Center")
                                  .arg(QString::fromLatin1(pick(kNameParts))),
                              open ? QStringLiteral("%1+").arg(low)
                                   : QStringLiteral("%1-%2").arg(low).arg(low + 8),
                              low, open ? QVariant() : QVariant(low + 8),
                              chance(0.5) ? QVariant(uniform(1, 300) / 10.0) : QVariant(),
                              sentence(uniform(8, 20))});
                    !st)
                    return st;
                const qint64 siteId = site->lastInsertId().toLongLong();
                ++counts.sites;
                for (qint64 trackId : programTracks) {
                    if (chance(0.7)) {
                        if (auto st = exec(*siteTrack, {siteId, trackId}); !st)
                            return st;
                    }
                }
                const int languageCount = uniform(0, 3);
                for (int l = 0; l < languageCount; ++l) {
                    if (auto st = exec(*siteLanguage,
                                       {siteId, l, QString::fromLatin1(pick(kLanguages)),
                                        chance(0.5) ? QStringLiteral("staff")
                                                    : QStringLiteral("interpreter")});
                        !st)
                        return st;
                }
                const int serviceCount = uniform(0, 8);
                for (int v = 0; v < serviceCount; ++v) {
                    if (auto st = exec(
                            *siteService,
                            {siteId, v, QString::fromLatin1(pick(kServices)),
                             v < 3 ? QStringLiteral("subspecialty") : QStringLiteral("service")});
                        !st)
                        return st;
                }
            }

            const int featureCount = uniform(5, 25);
            for (int f = 0; f < featureCount; ++f) {
                if (auto st = exec(
                        *feature,
                        {QStringLiteral("%1#f%2").arg(programKey).arg(f), programId, f,
                         categories.at(uniform(0, int(categories.size()) - 1)),
                         sentence(uniform(2, 4)).chopped(1),
                         chance(0.3) ? QStringLiteral("%1 weeks").arg(uniform(1, 8)) : QString(),
                         sentence(uniform(6, 16))});
                    !st)
                    return st;
                ++counts.features;
            }

            const int noteCount = p % 3 == 0 ? 2 : (p % 3 == 1 ? 1 : 0);
            for (int n = 0; n < noteCount; ++n) {
                const QString when = base.addSecs(qint64(p) * 60 + n).toString(Qt::ISODateWithMs);
                const bool onTrack = n == 1;
                if (auto st = exec(*note,
                                   {onTrack ? QVariant() : QVariant(programId),
                                    onTrack ? QVariant(programTracks.constFirst()) : QVariant(),
                                    QStringLiteral("## Interview day\n- %1\n- %2\n**Gut:** %3")
                                        .arg(sentence(uniform(5, 12)), sentence(uniform(5, 12)),
                                             sentence(uniform(3, 6))),
                                    when, when});
                    !st)
                    return st;
                ++counts.notes;
            }
        }

        // 40 criteria: 30 ratings, 6 attributes, 4 features.
        auto criterion =
            statement(QStringLiteral("INSERT INTO criteria(name, weight, kind, parameter, "
                                     "direction, position) VALUES (?, ?, ?, ?, ?, ?)"));
        if (!criterion)
            return criterion.error();
        QList<qint64> ratingCriteria;
        // Each attribute once, then the first two again under other names.
        QStringList attributes = CriterionAttributes::ids();
        attributes += attributes.mid(0, 2);
        for (int c = 0; c < 40; ++c) {
            QString kind = QStringLiteral("rating");
            QString parameter;
            if (c >= 30 && c < 36) {
                kind = QStringLiteral("attribute");
                parameter = attributes.at(c - 30);
            } else if (c >= 36) {
                kind = QStringLiteral("feature");
                parameter = categories.at(c - 36);
            }
            if (auto st = exec(*criterion,
                               {QStringLiteral("Criterion %1").arg(c + 1, 2, 10, QLatin1Char('0')),
                                uniform(1, 10), kind, parameter, c == 33 ? -1 : 1, c});
                !st)
                return st;
            ++counts.criteria;
            if (kind == u"rating")
                ratingCriteria.append(criterion->lastInsertId().toLongLong());
        }

        // A 300-rank primary list and ratings for its tracks (and some others).
        auto list = statement(QStringLiteral(
            "INSERT INTO rank_lists(name, kind, created) VALUES ('Primary', 'primary', ?)"));
        if (!list)
            return list.error();
        if (auto st = exec(*list, {base.toString(Qt::ISODateWithMs)}); !st)
            return st;
        const qint64 listId = list->lastInsertId().toLongLong();
        auto entry = statement(QStringLiteral(
            "INSERT INTO rank_entries(list_id, track_id, position, pinned) VALUES (?, ?, ?, ?)"));
        auto rating = statement(QStringLiteral(
            "INSERT OR IGNORE INTO ratings(track_id, criterion_id, value) VALUES (?, ?, ?)"));
        if (!entry)
            return entry.error();
        if (!rating)
            return rating.error();
        std::vector<qint64> shuffled(allTracks.cbegin(), allTracks.cend());
        std::shuffle(shuffled.begin(), shuffled.end(), m_random);
        const size_t listSize = std::min<size_t>(300, shuffled.size());
        for (size_t i = 0; i < listSize; ++i) {
            if (auto st = exec(*entry, {listId, shuffled[i], qint64(i) + 1, i % 37 == 5 ? 1 : 0});
                !st)
                return st;
            ++counts.rankEntries;
        }
        const size_t rated = std::min<size_t>(2300, shuffled.size());
        for (size_t i = 0; i < rated; ++i) {
            const double density = i < listSize ? 0.85 : 0.3;
            for (qint64 criterionId : ratingCriteria) {
                if (!chance(density))
                    continue;
                if (auto st = exec(*rating, {shuffled[i], criterionId, uniform(1, 5)}); !st)
                    return st;
                ++counts.ratings;
            }
        }
        return {};
    });
}

} // namespace

Result<DatasetCounts> generateDataset(Database &db, const DatasetSpec &spec)
{
    Generator generator(db, spec.programs, spec.seed);
    if (Status status = generator.run(); !status)
        return status.error();
    generator.counts.programs = spec.programs;
    return generator.counts;
}

} // namespace rw::bench
