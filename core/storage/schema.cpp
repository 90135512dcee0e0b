#include "storage/schema.h"

namespace rw {

namespace {

// Version 1: the catalog (institutions, programs, tracks, continuity sites,
// curriculum features, resources) and notes with their peers. A peer's note
// keeps the item id from the peer's file (external_id, so a re-import updates
// it) and what the file said it was about (peer_target: the note may sit on
// the program when our catalog lacks the peer's track or site).
QStringList version1()
{
    return {
        QStringLiteral(R"(CREATE TABLE meta (
            key TEXT PRIMARY KEY,
            value TEXT NOT NULL
        ) WITHOUT ROWID)"),
        QStringLiteral(R"(CREATE TABLE institutions (
            id INTEGER PRIMARY KEY,
            key TEXT NOT NULL UNIQUE,
            name TEXT NOT NULL,
            origin TEXT NOT NULL CHECK (origin IN ('catalog', 'user')),
            source TEXT NOT NULL
        ))"),
        QStringLiteral(R"(CREATE TABLE programs (
            id INTEGER PRIMARY KEY,
            key TEXT NOT NULL UNIQUE,
            name TEXT NOT NULL,
            institution_id INTEGER REFERENCES institutions(id),
            specialty TEXT NOT NULL DEFAULT '',
            city TEXT NOT NULL DEFAULT '',
            state TEXT NOT NULL DEFAULT '',
            description TEXT NOT NULL DEFAULT '',
            website TEXT NOT NULL DEFAULT '',
            positions INTEGER,
            schedule_model TEXT NOT NULL DEFAULT '',
            ambulatory_share_min REAL,
            ambulatory_share_max REAL,
            ambulatory_months_min REAL,
            ambulatory_months_max REAL,
            origin TEXT NOT NULL CHECK (origin IN ('catalog', 'user')),
            source TEXT NOT NULL,
            withdrawn INTEGER NOT NULL DEFAULT 0
        ))"),
        QStringLiteral("CREATE INDEX programs_institution ON programs(institution_id)"),
        QStringLiteral(R"(CREATE TABLE program_facts (
            program_id INTEGER NOT NULL REFERENCES programs(id) ON DELETE CASCADE,
            position INTEGER NOT NULL,
            label TEXT NOT NULL,
            value TEXT NOT NULL,
            source TEXT NOT NULL,
            PRIMARY KEY (program_id, position)
        ) WITHOUT ROWID)"),
        QStringLiteral(R"(CREATE TABLE program_partners (
            program_id INTEGER NOT NULL REFERENCES programs(id) ON DELETE CASCADE,
            position INTEGER NOT NULL,
            name TEXT NOT NULL,
            role TEXT NOT NULL DEFAULT '',
            source TEXT NOT NULL,
            PRIMARY KEY (program_id, position)
        ) WITHOUT ROWID)"),
        QStringLiteral(R"(CREATE TABLE resources (
            id INTEGER PRIMARY KEY,
            key TEXT NOT NULL UNIQUE,
            name TEXT NOT NULL,
            kind TEXT NOT NULL DEFAULT '',
            city TEXT NOT NULL DEFAULT '',
            state TEXT NOT NULL DEFAULT '',
            address TEXT NOT NULL DEFAULT '',
            phone TEXT NOT NULL DEFAULT '',
            website TEXT NOT NULL DEFAULT '',
            description TEXT NOT NULL DEFAULT '',
            source TEXT NOT NULL
        ))"),
        QStringLiteral(R"(CREATE TABLE resource_offerings (
            resource_id INTEGER NOT NULL REFERENCES resources(id) ON DELETE CASCADE,
            position INTEGER NOT NULL,
            category TEXT NOT NULL,
            name TEXT NOT NULL,
            description TEXT NOT NULL DEFAULT '',
            PRIMARY KEY (resource_id, position)
        ) WITHOUT ROWID)"),
        QStringLiteral(R"(CREATE TABLE program_resources (
            program_id INTEGER NOT NULL REFERENCES programs(id) ON DELETE CASCADE,
            resource_id INTEGER NOT NULL REFERENCES resources(id) ON DELETE CASCADE,
            PRIMARY KEY (program_id, resource_id)
        ) WITHOUT ROWID)"),
        QStringLiteral(R"(CREATE TABLE tracks (
            id INTEGER PRIMARY KEY,
            key TEXT NOT NULL UNIQUE,
            program_id INTEGER NOT NULL REFERENCES programs(id) ON DELETE CASCADE,
            position INTEGER NOT NULL,
            name TEXT NOT NULL,
            type TEXT NOT NULL CHECK (type IN ('categorical', 'primary-care',
                'global-primary-care', 'preliminary', 'physician-scientist', 'other')),
            nrmp_code TEXT,
            positions INTEGER,
            schedule_model TEXT NOT NULL DEFAULT '',
            ambulatory_share_min REAL,
            ambulatory_share_max REAL,
            ambulatory_months_min REAL,
            ambulatory_months_max REAL,
            description TEXT NOT NULL DEFAULT '',
            origin TEXT NOT NULL CHECK (origin IN ('catalog', 'user')),
            source TEXT NOT NULL,
            withdrawn INTEGER NOT NULL DEFAULT 0
        ))"),
        QStringLiteral("CREATE INDEX tracks_program ON tracks(program_id, position)"),
        QStringLiteral(
            "CREATE INDEX tracks_nrmp_code ON tracks(nrmp_code) WHERE nrmp_code IS NOT NULL"),
        QStringLiteral(R"(CREATE TABLE track_facts (
            track_id INTEGER NOT NULL REFERENCES tracks(id) ON DELETE CASCADE,
            position INTEGER NOT NULL,
            label TEXT NOT NULL,
            value TEXT NOT NULL,
            source TEXT NOT NULL,
            PRIMARY KEY (track_id, position)
        ) WITHOUT ROWID)"),
        QStringLiteral(R"(CREATE TABLE sites (
            id INTEGER PRIMARY KEY,
            key TEXT NOT NULL UNIQUE,
            program_id INTEGER NOT NULL REFERENCES programs(id) ON DELETE CASCADE,
            position INTEGER NOT NULL,
            name TEXT NOT NULL,
            short_name TEXT NOT NULL DEFAULT '',
            residents_placed TEXT NOT NULL DEFAULT '',
            residents_min INTEGER,
            residents_max INTEGER,
            distance_miles REAL,
            location TEXT NOT NULL DEFAULT '',
            description TEXT NOT NULL DEFAULT '',
            origin TEXT NOT NULL CHECK (origin IN ('catalog', 'user')),
            source TEXT NOT NULL,
            withdrawn INTEGER NOT NULL DEFAULT 0
        ))"),
        QStringLiteral("CREATE INDEX sites_program ON sites(program_id, position)"),
        QStringLiteral(R"(CREATE TABLE site_tracks (
            site_id INTEGER NOT NULL REFERENCES sites(id) ON DELETE CASCADE,
            track_id INTEGER NOT NULL REFERENCES tracks(id) ON DELETE CASCADE,
            PRIMARY KEY (site_id, track_id)
        ) WITHOUT ROWID)"),
        QStringLiteral("CREATE INDEX site_tracks_track ON site_tracks(track_id)"),
        QStringLiteral(R"(CREATE TABLE site_languages (
            site_id INTEGER NOT NULL REFERENCES sites(id) ON DELETE CASCADE,
            position INTEGER NOT NULL,
            language TEXT NOT NULL,
            kind TEXT NOT NULL CHECK (kind IN ('staff', 'interpreter')),
            PRIMARY KEY (site_id, position)
        ) WITHOUT ROWID)"),
        QStringLiteral(R"(CREATE TABLE site_services (
            site_id INTEGER NOT NULL REFERENCES sites(id) ON DELETE CASCADE,
            position INTEGER NOT NULL,
            name TEXT NOT NULL,
            kind TEXT NOT NULL CHECK (kind IN ('subspecialty', 'service', 'program')),
            PRIMARY KEY (site_id, position)
        ) WITHOUT ROWID)"),
        QStringLiteral(R"(CREATE TABLE site_facts (
            site_id INTEGER NOT NULL REFERENCES sites(id) ON DELETE CASCADE,
            position INTEGER NOT NULL,
            label TEXT NOT NULL,
            value TEXT NOT NULL,
            PRIMARY KEY (site_id, position)
        ) WITHOUT ROWID)"),
        QStringLiteral(R"(CREATE TABLE features (
            id INTEGER PRIMARY KEY,
            key TEXT NOT NULL UNIQUE,
            program_id INTEGER NOT NULL REFERENCES programs(id) ON DELETE CASCADE,
            track_id INTEGER REFERENCES tracks(id) ON DELETE CASCADE,
            position INTEGER NOT NULL,
            category TEXT NOT NULL,
            name TEXT NOT NULL,
            duration TEXT NOT NULL DEFAULT '',
            description TEXT NOT NULL DEFAULT '',
            origin TEXT NOT NULL CHECK (origin IN ('catalog', 'user')),
            source TEXT NOT NULL
        ))"),
        QStringLiteral("CREATE INDEX features_program ON features(program_id, position)"),
        QStringLiteral(
            "CREATE INDEX features_track ON features(track_id) WHERE track_id IS NOT NULL"),
        QStringLiteral(R"(CREATE TABLE peers (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL UNIQUE COLLATE NOCASE,
            imported_at TEXT NOT NULL,
            file_exported_at TEXT NOT NULL DEFAULT ''
        ))"),
        QStringLiteral(R"(CREATE TABLE notes (
            id INTEGER PRIMARY KEY,
            program_id INTEGER REFERENCES programs(id) ON DELETE CASCADE,
            track_id INTEGER REFERENCES tracks(id) ON DELETE CASCADE,
            site_id INTEGER REFERENCES sites(id) ON DELETE CASCADE,
            body TEXT NOT NULL,
            created TEXT NOT NULL,
            modified TEXT NOT NULL,
            peer_id INTEGER REFERENCES peers(id) ON DELETE CASCADE,
            external_id TEXT,
            peer_target TEXT NOT NULL DEFAULT '',
            CHECK ((program_id IS NOT NULL) + (track_id IS NOT NULL) + (site_id IS NOT NULL) = 1)
        ))"),
        QStringLiteral(
            "CREATE INDEX notes_program ON notes(program_id) WHERE program_id IS NOT NULL"),
        QStringLiteral("CREATE INDEX notes_track ON notes(track_id) WHERE track_id IS NOT NULL"),
        QStringLiteral("CREATE INDEX notes_site ON notes(site_id) WHERE site_id IS NOT NULL"),
        QStringLiteral("CREATE UNIQUE INDEX notes_peer_item ON notes(peer_id, external_id) "
                       "WHERE peer_id IS NOT NULL"),
    };
}

// Version 2: the rank list builder: criteria, ratings, lists and snapshots.
QStringList version2()
{
    return {
        QStringLiteral(R"(CREATE TABLE criteria (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL UNIQUE COLLATE NOCASE,
            weight REAL NOT NULL CHECK (weight >= 0),
            kind TEXT NOT NULL CHECK (kind IN ('rating', 'attribute', 'feature')),
            parameter TEXT NOT NULL DEFAULT '',
            direction INTEGER NOT NULL DEFAULT 1 CHECK (direction IN (1, -1)),
            position INTEGER NOT NULL
        ))"),
        QStringLiteral(R"(CREATE TABLE ratings (
            track_id INTEGER NOT NULL REFERENCES tracks(id) ON DELETE CASCADE,
            criterion_id INTEGER NOT NULL REFERENCES criteria(id) ON DELETE CASCADE,
            value INTEGER NOT NULL CHECK (value BETWEEN 1 AND 5),
            PRIMARY KEY (track_id, criterion_id)
        ) WITHOUT ROWID)"),
        QStringLiteral("CREATE INDEX ratings_criterion ON ratings(criterion_id)"),
        QStringLiteral(R"(CREATE TABLE rank_lists (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL UNIQUE COLLATE NOCASE,
            kind TEXT NOT NULL CHECK (kind IN ('primary', 'supplemental')),
            created TEXT NOT NULL
        ))"),
        QStringLiteral(R"(CREATE TABLE rank_entries (
            list_id INTEGER NOT NULL REFERENCES rank_lists(id) ON DELETE CASCADE,
            track_id INTEGER NOT NULL REFERENCES tracks(id) ON DELETE CASCADE,
            position INTEGER NOT NULL CHECK (position BETWEEN 1 AND 300),
            pinned INTEGER NOT NULL DEFAULT 0,
            PRIMARY KEY (list_id, track_id)
        ) WITHOUT ROWID)"),
        // Unique: the final order has no ties.
        QStringLiteral("CREATE UNIQUE INDEX rank_entries_order ON rank_entries(list_id, position)"),
        QStringLiteral("CREATE INDEX rank_entries_track ON rank_entries(track_id)"),
        QStringLiteral(R"(CREATE TABLE snapshots (
            id INTEGER PRIMARY KEY,
            list_id INTEGER NOT NULL REFERENCES rank_lists(id) ON DELETE CASCADE,
            taken_at TEXT NOT NULL,
            label TEXT NOT NULL DEFAULT '',
            reason TEXT NOT NULL DEFAULT 'manual'
                CHECK (reason IN ('manual', 'before-sort', 'before-restore'))
        ))"),
        QStringLiteral("CREATE INDEX snapshots_list ON snapshots(list_id, taken_at)"),
        QStringLiteral(R"(CREATE TABLE snapshot_entries (
            snapshot_id INTEGER NOT NULL REFERENCES snapshots(id) ON DELETE CASCADE,
            position INTEGER NOT NULL,
            track_key TEXT NOT NULL,
            label TEXT NOT NULL,
            pinned INTEGER NOT NULL DEFAULT 0,
            PRIMARY KEY (snapshot_id, position)
        ) WITHOUT ROWID)"),
    };
}

// Version 3: indexes for what the window reads on every start and
// selection with thousands of programs (docs/performance.md): the browse
// list of programs shown in name order without sorting (and counted without
// reading the table), live sites counted per program without reading the
// sites themselves. tst_queryplans checks the plans.
QStringList version3()
{
    return {
        QStringLiteral("CREATE INDEX programs_live ON programs(name COLLATE NOCASE, key) "
                       "WHERE withdrawn = 0"),
        QStringLiteral("CREATE INDEX sites_live ON sites(program_id) WHERE withdrawn = 0"),
    };
}

// Version 4: the user's own values of fact criteria (issue 14): a Yes/No on
// a feature, a number on an attribute, for any track. They win over the
// catalog's facts, which stay as suggestions. Ratings keep their table.
QStringList version4()
{
    return {
        QStringLiteral(R"(CREATE TABLE user_values (
            track_id INTEGER NOT NULL REFERENCES tracks(id) ON DELETE CASCADE,
            criterion_id INTEGER NOT NULL REFERENCES criteria(id) ON DELETE CASCADE,
            value REAL NOT NULL,
            PRIMARY KEY (track_id, criterion_id)
        ) WITHOUT ROWID)"),
        QStringLiteral("CREATE INDEX user_values_criterion ON user_values(criterion_id)"),
    };
}

} // namespace

const QList<Migration> &migrations()
{
    static const QList<Migration> steps {
        {1, version1()},
        {2, version2()},
        {3, version3()},
        {4, version4()},
    };
    return steps;
}

} // namespace rw
