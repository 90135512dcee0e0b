#pragma once

#include "model/note.h"

#include <QAbstractListModel>
#include <QHash>
#include <QList>

// The notes on one target (a program, a track or a site) as a list: the
// user's own first, then classmates', optionally narrowed to one author.
class NoteListModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role { IdRole = Qt::UserRole + 1, IsOwnRole, AuthorRole, BodyRole };
    // The author filter's special values; anything else is a peer's name.
    static QString allAuthors() { return QStringLiteral("*"); }
    static QString ownAuthor() { return QString(); }

    explicit NoteListModel(QObject *parent = nullptr);

    void setNotes(QList<rw::Note> notes);
    // allAuthors(), ownAuthor() or a peer's name.
    void setAuthorFilter(const QString &author);
    const QString &authorFilter() const { return m_author; }

    const rw::Note *noteAt(int row) const;
    int rowOf(qint64 noteId) const;
    // Display names for target keys, shown under each note's title.
    void setTargetLabels(QHash<QString, QString> labels) { m_labels = std::move(labels); }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    void rebuild();

    QList<rw::Note> m_all;
    QList<rw::Note> m_shown;
    QString m_author = allAuthors();
    QHash<QString, QString> m_labels;
};
