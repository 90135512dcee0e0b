#include "models/notelistmodel.h"

#include "text/displayformat.h"
#include "text/lightmarkdown.h"

using namespace rw;

NoteListModel::NoteListModel(QObject *parent)
    : QAbstractListModel(parent)
{ }

void NoteListModel::setNotes(QList<Note> notes)
{
    beginResetModel();
    m_all = std::move(notes);
    rebuild();
    endResetModel();
}

void NoteListModel::setAuthorFilter(const QString &author)
{
    if (author == m_author)
        return;
    beginResetModel();
    m_author = author;
    rebuild();
    endResetModel();
}

void NoteListModel::rebuild()
{
    m_shown.clear();
    for (const Note &note : std::as_const(m_all)) {
        if (m_author == allAuthors() || (m_author.isEmpty() && note.isOwn())
            || (!m_author.isEmpty() && !note.isOwn()
                && note.author.compare(m_author, Qt::CaseInsensitive) == 0))
            m_shown.append(note);
    }
}

const Note *NoteListModel::noteAt(int row) const
{
    return row >= 0 && row < m_shown.size() ? &m_shown.at(row) : nullptr;
}

int NoteListModel::rowOf(qint64 noteId) const
{
    for (qsizetype row = 0; row < m_shown.size(); ++row) {
        if (m_shown.at(row).id == noteId)
            return int(row);
    }
    return -1;
}

int NoteListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_shown.size());
}

QVariant NoteListModel::data(const QModelIndex &index, int role) const
{
    const Note *note = index.isValid() && index.model() == this ? noteAt(index.row()) : nullptr;
    if (!note)
        return {};
    const QString who = note->isOwn() ? tr("You") : note->author;
    const QString when = DisplayFormat::dateTime(note->modified);
    const QString shortWhen = DisplayFormat::compactDateTime(note->modified);
    switch (role) {
    case Qt::DisplayRole: {
        QString title = LightMarkdown::firstLine(note->body, 60);
        if (title.isEmpty())
            title = tr("(empty note)");
        QString meta = who + QStringLiteral(" · ") + shortWhen;
        const QString target = m_labels.value(note->target.key);
        if (!target.isEmpty())
            meta += QStringLiteral(" · ") + target;
        return QString(title + u'\n' + meta);
    }
    case Qt::ToolTipRole:
        return tr("By %1; written %2, last changed %3")
            .arg(who, DisplayFormat::dateTime(note->created), when);
    case Qt::AccessibleTextRole:
        return tr("Note by %1, changed %2: %3")
            .arg(who, when, LightMarkdown::firstLine(note->body, 120));
    case IdRole:
        return note->id;
    case IsOwnRole:
        return note->isOwn();
    case AuthorRole:
        return note->author;
    case BodyRole:
        return note->body;
    default:
        return {};
    }
}
