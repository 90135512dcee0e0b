#include "exchange/notesfilereader.h"

#include "exchange/jsonprecheck.h"
#include "model/track.h"
#include "util/fileio.h"
#include "util/inerttext.h"
#include "util/jsonreader.h"
#include "util/keys.h"
#include "util/nrmpcode.h"

#include <QFileInfo>
#include <QHash>
#include <QJsonDocument>
#include <QJsonParseError>

#include <limits>

namespace rw {

namespace {

// Quotes a value from the file for a message, inertly and not too long.
QString quoted(const QString &text)
{
    return QStringLiteral("“") + InertText::excerpt(text, 60) + QStringLiteral("”");
}

QString nonEmpty(JsonObjectReader &reader, QLatin1String key, int maxLength, JsonErrors &errors)
{
    const QString value = reader.string(key, maxLength);
    if (!errors.failed() && value.trimmed().isEmpty())
        errors.fail(reader.pathOf(key), NotesFileReader::tr("must not be empty"));
    return value;
}

// An optional field that only some target kinds may carry.
QString fieldOnlyFor(JsonObjectReader &reader, QLatin1String key, bool allowed, bool required,
                     const QString &kindName, JsonErrors &errors)
{
    if (!allowed) {
        if (reader.has(key) && !errors.failed()) {
            errors.fail(reader.pathOf(key),
                        NotesFileReader::tr("only a %1 target has this field").arg(kindName));
        }
        return {};
    }
    if (required)
        return nonEmpty(reader, key, NotesFormat::kMaxNameLength, errors);
    return reader.optionalString(key, NotesFormat::kMaxNameLength);
}

bool isItemId(const QString &id)
{
    if (id.isEmpty() || id.size() > NotesFormat::kMaxIdLength)
        return false;
    for (qsizetype i = 0; i < id.size(); ++i) {
        const char16_t c = id.at(i).unicode();
        const bool alnum =
            (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9');
        if (!alnum && (i == 0 || (c != u'.' && c != u'_' && c != u':' && c != u'-')))
            return false;
    }
    return true;
}

} // namespace

QDateTime NotesFileReader::readDateTime(JsonObjectReader &reader, QLatin1String key,
                                        JsonErrors &errors)
{
    const QString text = reader.string(key, 40);
    if (errors.failed())
        return {};
    const QDateTime time = NotesFormat::parseTimestamp(text);
    if (!time.isValid()) {
        errors.fail(reader.pathOf(key),
                    tr("expected a date and time with its offset, such as "
                       "2025-01-20T18:30:00Z, not %1")
                        .arg(quoted(text)));
        return {};
    }
    if (time.date().year() < 1970 || time.date().year() > 9000) {
        errors.fail(reader.pathOf(key), tr("%1 is not a plausible date").arg(quoted(text)));
        return {};
    }
    return time;
}

NoteTargetRef NotesFileReader::readTarget(const QJsonValue &value, const QString &path,
                                          JsonErrors &errors, bool trackOnly)
{
    NoteTargetRef ref;
    JsonObjectReader reader(value, path,
                            {QLatin1String("kind"), QLatin1String("key"),
                             QLatin1String("nrmp_code"), QLatin1String("institution"),
                             QLatin1String("program"), QLatin1String("track"),
                             QLatin1String("track_type"), QLatin1String("site"),
                             QLatin1String("city"), QLatin1String("state")},
                            errors);
    const QString kind = reader.string(QLatin1String("kind"), 20);
    if (errors.failed())
        return ref;
    if (kind == u"program") {
        ref.kind = NoteTarget::Kind::Program;
    } else if (kind == u"track") {
        ref.kind = NoteTarget::Kind::Track;
    } else if (kind == u"site") {
        ref.kind = NoteTarget::Kind::Site;
    } else {
        errors.fail(reader.pathOf(QLatin1String("kind")),
                    tr("expected “program”, “track” or “site”, not %1").arg(quoted(kind)));
        return ref;
    }
    if (trackOnly && ref.kind != NoteTarget::Kind::Track) {
        errors.fail(reader.pathOf(QLatin1String("kind")),
                    tr("expected “track”: ratings and list entries are about tracks"));
        return ref;
    }

    ref.key = reader.string(QLatin1String("key"), 200);
    if (!errors.failed()) {
        const bool valid = ref.kind == NoteTarget::Kind::Track ? Keys::isValidTrackKey(ref.key)
            : ref.kind == NoteTarget::Kind::Site               ? Keys::isValidSiteKey(ref.key)
                                                               : Keys::isValidProgramKey(ref.key);
        if (!valid) {
            errors.fail(reader.pathOf(QLatin1String("key")),
                        tr("%1 is not a %2 key").arg(quoted(ref.key), kind));
        }
    }
    ref.nrmpCode = reader.optionalString(QLatin1String("nrmp_code"), 20);
    if (!errors.failed() && !ref.nrmpCode.isEmpty()) {
        if (!NrmpCode::isValid(ref.nrmpCode) || NrmpCode::normalized(ref.nrmpCode) != ref.nrmpCode)
            errors.fail(reader.pathOf(QLatin1String("nrmp_code")),
                        NrmpCode::problem(InertText::excerpt(ref.nrmpCode, 20)));
    }
    ref.institution =
        nonEmpty(reader, QLatin1String("institution"), NotesFormat::kMaxNameLength, errors);
    ref.program = nonEmpty(reader, QLatin1String("program"), NotesFormat::kMaxNameLength, errors);
    const bool isTrack = ref.kind == NoteTarget::Kind::Track;
    const bool isSite = ref.kind == NoteTarget::Kind::Site;
    ref.track = fieldOnlyFor(reader, QLatin1String("track"), isTrack, true, QStringLiteral("track"),
                             errors);
    ref.trackType = fieldOnlyFor(reader, QLatin1String("track_type"), isTrack, false,
                                 QStringLiteral("track"), errors);
    if (!errors.failed() && !ref.trackType.isEmpty() && !trackTypeFromId(ref.trackType)) {
        QStringList ids;
        for (TrackType type : allTrackTypes())
            ids.append(trackTypeId(type));
        errors.fail(reader.pathOf(QLatin1String("track_type")),
                    tr("expected one of %1, not %2")
                        .arg(ids.join(QStringLiteral(", ")), quoted(ref.trackType)));
    }
    ref.site =
        fieldOnlyFor(reader, QLatin1String("site"), isSite, true, QStringLiteral("site"), errors);
    ref.city = reader.optionalString(QLatin1String("city"), 100);
    ref.state = reader.optionalString(QLatin1String("state"), 100);
    reader.finish();
    return ref;
}

void NotesFileReader::readItems(const QJsonArray &array, NotesFile &file, JsonErrors &errors)
{
    QHash<QString, qsizetype> firstUse;
    firstUse.reserve(array.size());
    file.items.reserve(array.size());
    for (qsizetype i = 0; i < array.size() && !errors.failed(); ++i) {
        const QString path = jsonIndexPath(QStringLiteral("items"), i);
        JsonObjectReader reader(array.at(i), path,
                                {QLatin1String("id"), QLatin1String("target"),
                                 QLatin1String("body"), QLatin1String("created"),
                                 QLatin1String("modified")},
                                errors);
        NoteItem item;
        item.id = reader.string(QLatin1String("id"), 1000);
        if (!errors.failed() && !isItemId(item.id)) {
            errors.fail(reader.pathOf(QLatin1String("id")),
                        tr("%1 is not an item id: use at most %2 letters, digits and . _ : -, "
                           "starting with a letter or digit")
                            .arg(quoted(item.id))
                            .arg(NotesFormat::kMaxIdLength));
        }
        if (!errors.failed()) {
            const auto seen = firstUse.constFind(item.id);
            if (seen != firstUse.constEnd()) {
                errors.fail(
                    reader.pathOf(QLatin1String("id")),
                    tr("%1 is used by two items (first by %2); item ids must be unique")
                        .arg(quoted(item.id), jsonIndexPath(QStringLiteral("items"), *seen)));
            }
            firstUse.insert(item.id, i);
        }
        item.target = readTarget(reader.value(QLatin1String("target")),
                                 reader.pathOf(QLatin1String("target")), errors, false);

        const QJsonValue body = reader.value(QLatin1String("body"));
        if (!errors.failed()) {
            if (body.isUndefined()) {
                errors.fail(reader.pathOf(QLatin1String("body")), tr("is missing"));
            } else if (!body.isString()) {
                errors.fail(reader.pathOf(QLatin1String("body")), tr("expected a string"));
            } else {
                item.body = body.toString();
                if (item.body.size() > NotesFormat::kMaxBodyLength) {
                    errors.fail(reader.pathOf(QLatin1String("body")),
                                tr("the note has %1 characters; a note can hold at most 200 KB "
                                   "(%2 characters)")
                                    .arg(item.body.size())
                                    .arg(NotesFormat::kMaxBodyLength));
                }
            }
        }
        item.created = readDateTime(reader, QLatin1String("created"), errors);
        item.modified = readDateTime(reader, QLatin1String("modified"), errors);
        reader.finish();
        file.items.append(std::move(item));
    }
}

void NotesFileReader::readCriteria(const QJsonArray &array, NotesFile &file, JsonErrors &errors)
{
    for (qsizetype i = 0; i < array.size() && !errors.failed(); ++i) {
        JsonObjectReader reader(array.at(i), jsonIndexPath(QStringLiteral("criteria"), i),
                                {QLatin1String("name"), QLatin1String("kind"),
                                 QLatin1String("parameter"), QLatin1String("direction"),
                                 QLatin1String("weight")},
                                errors);
        SharedCriterion criterion;
        criterion.name = nonEmpty(reader, QLatin1String("name"), 200, errors);
        criterion.kind = reader.string(QLatin1String("kind"), 20);
        if (!errors.failed() && criterion.kind != u"rating" && criterion.kind != u"attribute"
            && criterion.kind != u"feature") {
            errors.fail(reader.pathOf(QLatin1String("kind")),
                        tr("expected “rating”, “attribute” or “feature”, not %1")
                            .arg(quoted(criterion.kind)));
        }
        criterion.parameter = reader.optionalString(QLatin1String("parameter"), 200);
        const QString direction = reader.string(QLatin1String("direction"), 20);
        if (!errors.failed() && direction != u"higher" && direction != u"lower") {
            errors.fail(reader.pathOf(QLatin1String("direction")),
                        tr("expected “higher” or “lower”, not %1").arg(quoted(direction)));
        }
        criterion.higherIsBetter = direction != u"lower";
        if (!errors.failed() && !reader.has(QLatin1String("weight")))
            errors.fail(reader.pathOf(QLatin1String("weight")), tr("is missing"));
        criterion.weight = reader.optionalNumber(QLatin1String("weight"), 0, 1e6).value_or(0);
        reader.finish();
        file.criteria.append(criterion);
    }
}

void NotesFileReader::readRatings(const QJsonArray &array, NotesFile &file, JsonErrors &errors)
{
    file.ratings.reserve(array.size());
    for (qsizetype i = 0; i < array.size() && !errors.failed(); ++i) {
        JsonObjectReader reader(
            array.at(i), jsonIndexPath(QStringLiteral("ratings"), i),
            {QLatin1String("track"), QLatin1String("criterion"), QLatin1String("value")}, errors);
        SharedRating rating;
        rating.track = readTarget(reader.value(QLatin1String("track")),
                                  reader.pathOf(QLatin1String("track")), errors, true);
        rating.criterion = nonEmpty(reader, QLatin1String("criterion"), 200, errors);
        rating.value = int(reader.integer(QLatin1String("value"), 1, 5));
        reader.finish();
        file.ratings.append(rating);
    }
}

void NotesFileReader::readLists(const QJsonArray &array, NotesFile &file, JsonErrors &errors)
{
    for (qsizetype i = 0; i < array.size() && !errors.failed(); ++i) {
        JsonObjectReader reader(
            array.at(i), jsonIndexPath(QStringLiteral("lists"), i),
            {QLatin1String("name"), QLatin1String("kind"), QLatin1String("entries")}, errors);
        SharedList list;
        list.name = reader.optionalString(QLatin1String("name"), 200);
        list.kind = reader.string(QLatin1String("kind"), 20);
        if (!errors.failed() && list.kind != u"primary" && list.kind != u"supplemental") {
            errors.fail(reader.pathOf(QLatin1String("kind")),
                        tr("expected “primary” or “supplemental”, not %1").arg(quoted(list.kind)));
        }
        const QJsonArray entries =
            reader.array(QLatin1String("entries"), NotesFormat::kMaxListEntries, true);
        for (qsizetype e = 0; e < entries.size() && !errors.failed(); ++e) {
            JsonObjectReader entryReader(
                entries.at(e), jsonIndexPath(reader.pathOf(QLatin1String("entries")), e),
                {QLatin1String("track"), QLatin1String("position"), QLatin1String("pinned")},
                errors);
            SharedListEntry entry;
            entry.track = readTarget(entryReader.value(QLatin1String("track")),
                                     entryReader.pathOf(QLatin1String("track")), errors, true);
            const auto position = entryReader.optionalInteger(QLatin1String("position"), 1,
                                                              NotesFormat::kMaxListEntries);
            if (position)
                entry.position = int(*position);
            entry.pinned = entryReader.optionalBool(QLatin1String("pinned"), false);
            entryReader.finish();
            list.entries.append(entry);
        }
        reader.finish();
        file.lists.append(list);
    }
}

Result<NotesFile> NotesFileReader::parse(QByteArrayView bytes)
{
    if (bytes.size() > NotesFormat::kMaxFileBytes) {
        return Error::input(
            tr("the file is %1 bytes; a note file can be at most 20 MB").arg(bytes.size()));
    }
    if (auto problem = JsonPrecheck::check(bytes, NotesFormat::kMaxDepth))
        return Error::input(problem->message);

    // A UTF-8 byte order mark is tolerated (some editors add one).
    const qsizetype skip = bytes.startsWith("\xEF\xBB\xBF") ? 3 : 0;
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(
        QByteArray::fromRawData(bytes.data() + skip, bytes.size() - skip), &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        return Error::input(tr("it is not JSON: %1 at %2")
                                .arg(parseError.errorString(),
                                     JsonPrecheck::where(bytes, parseError.offset + skip)));
    }
    if (!document.isObject())
        return Error::input(tr("$: expected a JSON object with “format”: “rankwise-notes”"));

    JsonErrors errors;
    JsonObjectReader root(document.object(), QString(),
                          {QLatin1String("format"), QLatin1String("version"),
                           QLatin1String("exported_by"), QLatin1String("exported_at"),
                           QLatin1String("items"), QLatin1String("criteria"),
                           QLatin1String("ratings"), QLatin1String("lists")},
                          errors);
    const QJsonValue format = root.value(QLatin1String("format"));
    if (format.toString() != NotesFormat::formatName()) {
        return Error::input(
            format.isUndefined()
                ? tr("format: is missing; this is not a Rankwise note file")
                : tr("format: expected “%1”, not %2; this is not a Rankwise note file")
                      .arg(NotesFormat::formatName(),
                           format.isString() ? quoted(format.toString()) : tr("a non-string")));
    }
    const QJsonValue version = root.value(QLatin1String("version"));
    if (version.isUndefined())
        return Error::input(tr("version: is missing"));
    const double number = version.toDouble(-1);
    if (!version.isDouble() || number != std::floor(number) || number < 1
        || number > std::numeric_limits<int>::max()) {
        return Error::input(
            tr("version: expected a whole number such as %1").arg(NotesFormat::kVersion));
    }
    if (int(number) != NotesFormat::kVersion) {
        return Error::input(tr("version: the file is in version %1 of the note format, written "
                               "by a newer Rankwise; this Rankwise reads version %2")
                                .arg(int(number))
                                .arg(NotesFormat::kVersion));
    }

    NotesFile file;
    file.exportedBy =
        nonEmpty(root, QLatin1String("exported_by"), NotesFormat::kMaxAuthorLength, errors);
    file.exportedAt = readDateTime(root, QLatin1String("exported_at"), errors);
    readItems(root.array(QLatin1String("items"), NotesFormat::kMaxItems, true), file, errors);
    readCriteria(root.array(QLatin1String("criteria"), NotesFormat::kMaxCriteria), file, errors);
    readRatings(root.array(QLatin1String("ratings"), NotesFormat::kMaxRatings), file, errors);
    readLists(root.array(QLatin1String("lists"), NotesFormat::kMaxLists), file, errors);
    root.finish();
    if (errors.failed())
        return Error::input(errors.describe());
    return file;
}

Result<NotesFile> NotesFileReader::readFile(const QString &path)
{
    const QString name = QFileInfo(path).fileName();
    const auto bytes = FileIo::readFile(path, NotesFormat::kMaxFileBytes);
    if (!bytes)
        return bytes.error();
    auto parsed = parse(*bytes);
    if (!parsed)
        return Error::input(tr("“%1” is not a valid note file: %2.").arg(name, parsed.message()));
    return parsed;
}

} // namespace rw
