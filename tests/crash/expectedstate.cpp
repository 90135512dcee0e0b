#include "expectedstate.h"

#include "crashprotocol.h"
#include "storage/backupstore.h"
#include "storage/databasecheck.h"
#include "storage/sqliteconnection.h"

#include <QSqlError>
#include <QSqlQuery>

namespace rw::crash {

namespace {

QList<qint64> parseIds(const QString &csv)
{
    QList<qint64> ids;
    for (const QString &part : csv.split(u',', Qt::SkipEmptyParts))
        ids.append(part.toLongLong());
    return ids;
}

// Runs a query; a failure is itself a problem.
bool query(QSqlDatabase &db, QSqlQuery &q, const QString &sql, QStringList &problems)
{
    q = QSqlQuery(db);
    if (q.exec(sql))
        return true;
    problems.append(QStringLiteral("query failed (%1): %2").arg(sql, q.lastError().text()));
    return false;
}

} // namespace

QStringList ExpectedState::absorb(const QByteArray &output)
{
    QStringList problems;
    QMap<QPair<qint64, qint64>, int> lastRatings;
    // Only whole lines count: the last one may have been cut by the kill.
    QList<QByteArray> lines = output.split('\n');
    lines.removeLast();
    for (const QByteArray &raw : lines) {
        const QStringList words = QString::fromUtf8(raw).split(u' ');
        const QString &kind = words.constFirst();
        if (kind == u"begin") {
            if (!m_inFlight.isEmpty())
                problems.append(QStringLiteral("two writes in flight: ") + m_inFlight.join(u' '));
            m_inFlight = words;
            continue;
        }
        if (kind != u"ok")
            continue;
        const QString op = words.value(1);
        if (op == u"setup") {
            const QList<qint64> order = parseIds(words.value(2));
            if (m_writers == Writers::One && !m_order.isEmpty() && order != m_order)
                problems.append(QStringLiteral("the rank list changed between runs"));
            if (m_writers == Writers::One)
                m_order = order;
            continue;
        }
        // An "ok" repeats its "begin" (and may add what the write produced).
        const QStringList begun = m_inFlight;
        if (begun.size() < 2 || begun.value(1) != op
            || words.mid(0, begun.size()).mid(2) != begun.mid(2)) {
            problems.append(QStringLiteral("“%1” does not match “%2”")
                                .arg(QString::fromUtf8(raw), begun.join(u' ')));
            m_inFlight.clear();
            continue;
        }
        m_inFlight.clear();
        ++m_counts.committedWrites;
        if (op == u"note") {
            m_noteVersions.insert(words.value(2), 0);
            ++m_counts.notes;
        } else if (op == u"edit") {
            m_noteVersions.insert(words.value(2), words.value(3).toInt());
        } else if (op == u"program") {
            m_programs.insert(words.value(2));
            ++m_counts.programs;
        } else if (op == u"rating") {
            const QPair<qint64, qint64> key(words.value(2).toLongLong(),
                                            words.value(3).toLongLong());
            if (m_writers == Writers::One)
                m_ratings[key] = {words.value(4).toInt()};
            else
                lastRatings[key] = words.value(4).toInt();
            ++m_counts.ratings;
        } else if (op == u"move") {
            if (m_writers == Writers::One && !m_order.isEmpty()) {
                m_order.move(words.value(2).toInt(), words.value(3).toInt());
                if (m_order != parseIds(words.value(4)))
                    problems.append(QStringLiteral("the driver and the model disagree on a move"));
            }
        } else if (op == u"import") {
            m_imports.insert(words.value(2), words.value(3).toInt());
            ++m_counts.imports;
        } else if (op == u"backup") {
            m_backups.append(words.value(2));
            ++m_counts.backups;
        } else if (op == u"bump") {
            ++m_counter;
            ++m_counts.bumps;
            if (m_writers == Writers::One && words.value(2).toInt() != m_counter)
                problems.append(QStringLiteral("the counter skipped: ") + QString::fromUtf8(raw));
        } else if (op == u"type") {
            m_typed = words.value(2).toInt();
            m_counts.typed = m_typed;
        }
    }
    for (auto it = lastRatings.cbegin(); it != lastRatings.cend(); ++it)
        m_ratings[it.key()].insert(it.value());
    return problems;
}

QStringList ExpectedState::verify(const QString &path)
{
    QStringList problems;
    m_inFlightFound = false;
    const bool anythingReported = !m_noteVersions.isEmpty() || !m_programs.isEmpty()
        || !m_imports.isEmpty() || !m_ratings.isEmpty() || m_counter > 0 || m_typed >= 0;

    const DatabaseHealth health = DatabaseCheck::inspect(path, DatabaseCheck::Depth::Full);
    if (health.verdict == DatabaseHealth::Verdict::Missing
        || (health.isHealthy() && health.isBlank())) {
        // Killed before the first schema commit: fine, unless it had reported writes.
        if (anythingReported)
            problems.append(QStringLiteral("the database lost everything: ") + health.message);
        settle(false);
        return problems;
    }
    if (!health.isHealthy()) {
        problems.append(health.message);
        problems.append(health.problems);
        settle(false);
        return problems;
    }

    {
        auto connection = SqliteConnection::openReadOnly(path);
        if (!connection) {
            problems.append(connection.message());
            return problems;
        }
        QSqlDatabase db = connection->database();
        checkNotes(db, problems);
        checkPrograms(db, problems);
        checkImports(db, problems);
        checkRatings(db, problems);
        checkOrder(db, problems);
        checkCounter(db, problems);
        checkTyped(db, problems);
    }
    checkBackups(path, problems);
    settle(m_inFlightFound);
    return problems;
}

void ExpectedState::settle(bool committed)
{
    if (m_inFlight.isEmpty())
        return;
    const QStringList words = m_inFlight;
    m_inFlight.clear();
    if (!committed) {
        ++m_counts.inFlightAbsent;
        return;
    }
    ++m_counts.inFlightCommitted;
    ++m_counts.committedWrites;
    const QString op = words.value(1);
    if (op == u"note")
        m_noteVersions.insert(words.value(2), 0);
    else if (op == u"edit")
        m_noteVersions.insert(words.value(2), words.value(3).toInt());
    else if (op == u"program")
        m_programs.insert(words.value(2));
    else if (op == u"rating")
        m_ratings[{words.value(2).toLongLong(), words.value(3).toLongLong()}] = {
            words.value(4).toInt()};
    else if (op == u"move" && !m_order.isEmpty())
        m_order.move(words.value(2).toInt(), words.value(3).toInt());
    else if (op == u"import")
        m_imports.insert(words.value(2), words.value(3).toInt());
    else if (op == u"bump")
        ++m_counter;
    else if (op == u"type")
        m_typed = words.value(2).toInt();
}

void ExpectedState::checkNotes(QSqlDatabase &db, QStringList &problems)
{
    QSqlQuery q;
    if (!query(db, q,
               QStringLiteral("SELECT body FROM notes WHERE peer_id IS NULL AND body LIKE "
                              "'crash-note %'"),
               problems))
        return;
    QHash<QString, int> found;
    while (q.next()) {
        const QString body = q.value(0).toString();
        QString token;
        int version = 0;
        if (!parseNoteBody(body, &token, &version)) {
            problems.append(QStringLiteral("torn note body: ") + body.left(80));
            continue;
        }
        if (found.contains(token))
            problems.append(QStringLiteral("note %1 is there twice").arg(token));
        found.insert(token, version);
    }
    for (auto it = m_noteVersions.cbegin(); it != m_noteVersions.cend(); ++it) {
        if (!found.contains(it.key())) {
            problems.append(QStringLiteral("lost note %1 (v%2)").arg(it.key()).arg(it.value()));
            continue;
        }
        const int version = found.value(it.key());
        if (version == it.value())
            continue;
        if (inFlightIs(QStringLiteral("edit")) && m_inFlight.value(2) == it.key()
            && version == m_inFlight.value(3).toInt()) {
            m_inFlightFound = true;
            continue;
        }
        problems.append(QStringLiteral("note %1 is at v%2; v%3 was reported")
                            .arg(it.key())
                            .arg(version)
                            .arg(it.value()));
    }
    for (auto it = found.cbegin(); it != found.cend(); ++it) {
        if (m_noteVersions.contains(it.key()))
            continue;
        if (inFlightIs(QStringLiteral("note")) && m_inFlight.value(2) == it.key()
            && it.value() == 0)
            m_inFlightFound = true;
        else
            problems.append(QStringLiteral("unreported note %1").arg(it.key()));
    }
}

void ExpectedState::checkPrograms(QSqlDatabase &db, QStringList &problems)
{
    QSqlQuery q;
    if (!query(db, q,
               QStringLiteral("SELECT p.name, (SELECT count(*) FROM tracks t WHERE t.program_id = "
                              "p.id) FROM programs p WHERE p.name LIKE 'Crash program %'"),
               problems))
        return;
    QSet<QString> found;
    const qsizetype prefix = programName(QString()).size();
    while (q.next()) {
        const QString token = q.value(0).toString().mid(prefix);
        if (q.value(1).toInt() != 2)
            problems.append(QStringLiteral("program %1 has %2 of its 2 tracks")
                                .arg(token)
                                .arg(q.value(1).toInt()));
        found.insert(token);
    }
    for (const QString &token : std::as_const(m_programs)) {
        if (!found.contains(token))
            problems.append(QStringLiteral("lost program %1").arg(token));
    }
    for (const QString &token : std::as_const(found)) {
        if (m_programs.contains(token))
            continue;
        if (inFlightIs(QStringLiteral("program")) && m_inFlight.value(2) == token)
            m_inFlightFound = true;
        else
            problems.append(QStringLiteral("unreported program %1").arg(token));
    }
}

void ExpectedState::checkImports(QSqlDatabase &db, QStringList &problems)
{
    QSqlQuery q;
    if (!query(db, q,
               QStringLiteral("SELECT pe.name, (SELECT count(*) FROM notes n WHERE n.peer_id = "
                              "pe.id) FROM peers pe WHERE pe.name LIKE 'crash-peer-%'"),
               problems))
        return;
    QSet<QString> found;
    const qsizetype prefix = peerName(QString()).size();
    while (q.next()) {
        const QString token = q.value(0).toString().mid(prefix);
        if (q.value(1).toInt() != kImportSize)
            problems.append(QStringLiteral("import %1 has %2 of its %3 notes")
                                .arg(token)
                                .arg(q.value(1).toInt())
                                .arg(kImportSize));
        found.insert(token);
    }
    for (auto it = m_imports.cbegin(); it != m_imports.cend(); ++it) {
        if (!found.contains(it.key()))
            problems.append(QStringLiteral("lost import %1").arg(it.key()));
    }
    for (const QString &token : std::as_const(found)) {
        if (m_imports.contains(token))
            continue;
        if (inFlightIs(QStringLiteral("import")) && m_inFlight.value(2) == token)
            m_inFlightFound = true;
        else
            problems.append(QStringLiteral("unreported import %1").arg(token));
    }
}

void ExpectedState::checkRatings(QSqlDatabase &db, QStringList &problems)
{
    QSqlQuery q;
    if (!query(db, q,
               QStringLiteral("SELECT r.track_id, r.criterion_id, r.value FROM ratings r JOIN "
                              "criteria c ON c.id = r.criterion_id WHERE c.name LIKE "
                              "'Crash criterion %'"),
               problems))
        return;
    QMap<QPair<qint64, qint64>, int> found;
    while (q.next())
        found.insert({q.value(0).toLongLong(), q.value(1).toLongLong()}, q.value(2).toInt());
    const bool ratingInFlight = inFlightIs(QStringLiteral("rating"));
    const QPair<qint64, qint64> inFlightKey(m_inFlight.value(2).toLongLong(),
                                            m_inFlight.value(3).toLongLong());
    for (auto it = found.cbegin(); it != found.cend(); ++it) {
        if (m_ratings.value(it.key()).contains(it.value()))
            continue;
        if (ratingInFlight && it.key() == inFlightKey
            && it.value() == m_inFlight.value(4).toInt()) {
            m_inFlightFound = true;
            continue;
        }
        problems.append(QStringLiteral("rating of track %1 on criterion %2 is %3, not a reported "
                                       "value")
                            .arg(it.key().first)
                            .arg(it.key().second)
                            .arg(it.value()));
    }
    for (auto it = m_ratings.cbegin(); it != m_ratings.cend(); ++it) {
        if (!found.contains(it.key()))
            problems.append(QStringLiteral("lost rating of track %1 on criterion %2")
                                .arg(it.key().first)
                                .arg(it.key().second));
    }
}

void ExpectedState::checkOrder(QSqlDatabase &db, QStringList &problems)
{
    QSqlQuery q;
    if (!query(db, q,
               QStringLiteral("SELECT e.track_id, e.position FROM rank_entries e JOIN rank_lists "
                              "l ON l.id = e.list_id WHERE l.name = 'Crash list' ORDER BY "
                              "e.position"),
               problems))
        return;
    QList<qint64> order;
    QList<int> positions;
    while (q.next()) {
        order.append(q.value(0).toLongLong());
        positions.append(q.value(1).toInt());
    }
    if (order.isEmpty()) {
        if (!m_order.isEmpty())
            problems.append(QStringLiteral("the rank list is gone"));
        return;
    }
    for (int i = 0; i < positions.size(); ++i) {
        if (positions.at(i) != i + 1) {
            QStringList texts;
            for (int position : std::as_const(positions))
                texts.append(QString::number(position));
            problems.append(QStringLiteral("torn rank list: positions ") + texts.join(u','));
            break;
        }
    }
    if (order.size() != kListSize)
        problems.append(QStringLiteral("the rank list has %1 entries").arg(order.size()));
    if (m_writers == Writers::Several || m_order.isEmpty() || order == m_order)
        return;
    if (inFlightIs(QStringLiteral("move"))) {
        QList<qint64> moved = m_order;
        moved.move(m_inFlight.value(2).toInt(), m_inFlight.value(3).toInt());
        if (order == moved) {
            m_inFlightFound = true;
            return;
        }
    }
    problems.append(QStringLiteral("the rank list order is not the reported one"));
}

void ExpectedState::checkCounter(QSqlDatabase &db, QStringList &problems)
{
    QSqlQuery q;
    if (!query(db, q, QStringLiteral("SELECT value FROM meta WHERE key = '%1'").arg(counterKey()),
               problems))
        return;
    const int value = q.next() ? q.value(0).toInt() : 0;
    if (value == m_counter)
        return;
    if (inFlightIs(QStringLiteral("bump")) && value == m_counter + 1) {
        m_inFlightFound = true;
        return;
    }
    problems.append(
        QStringLiteral("the counter is %1; %2 increments were reported").arg(value).arg(m_counter));
}

void ExpectedState::checkTyped(QSqlDatabase &db, QStringList &problems)
{
    const bool typing = inFlightIs(QStringLiteral("type"));
    if (m_typed < 0 && !typing)
        return;
    QSqlQuery q;
    if (!query(db, q,
               QStringLiteral("SELECT body FROM notes WHERE peer_id IS NULL AND body LIKE "
                              "'crash-type %'"),
               problems))
        return;
    if (!q.next()) {
        if (m_typed >= 0)
            problems.append(QStringLiteral("the typed note is gone"));
        return;
    }
    const QString body = q.value(0).toString();
    const qsizetype length = body.size() - typedBodyPrefix().size();
    if (length < 0 || body != typedBodyPrefix() + typedText().left(length)) {
        problems.append(QStringLiteral("the typed note is torn: ") + body.right(40));
        return;
    }
    if (length == m_typed)
        return;
    if (typing && length == m_inFlight.value(2).toInt()) {
        m_inFlightFound = true;
        return;
    }
    problems.append(QStringLiteral("the typed note has %1 characters; %2 were reported saved")
                        .arg(length)
                        .arg(m_typed));
}

void ExpectedState::checkBackups(const QString &path, QStringList &problems)
{
    const QList<BackupInfo> backups = BackupStore(path).list();
    for (const BackupInfo &backup : backups) {
        const DatabaseHealth health =
            DatabaseCheck::inspect(backup.path, DatabaseCheck::Depth::Quick);
        if (!health.isHealthy())
            problems.append(QStringLiteral("damaged backup: ") + health.message);
    }
    if (m_writers == Writers::One && !m_backups.isEmpty()) {
        const QString newest = m_backups.constLast();
        const bool kept = std::any_of(backups.cbegin(), backups.cend(),
                                      [&](const BackupInfo &b) { return b.fileName == newest; });
        if (!kept)
            problems.append(QStringLiteral("the newest reported backup %1 is gone").arg(newest));
    }
}

} // namespace rw::crash
