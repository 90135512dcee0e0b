#pragma once

#include "exchange/notesfile.h"
#include "exchange/notesimporter.h"

#include <QAbstractTableModel>

// The items of a classmate's note file as the import preview shows them:
// what each is about in their file, what it matches here and how, and what
// importing does to it. Every piece of text from the file is shown inertly
// (control and text-direction characters made visible).
class ImportPreviewModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        TheirTargetColumn,
        MatchColumn,
        HowColumn,
        ChangeColumn,
        TextColumn,
        ColumnCount
    };
    enum Role {
        ChangeRole = Qt::UserRole + 1, // ImportItemPlan::Change as int
        MatchedRole, // bool
        CategoryRole, // "matched new", "unmatched skipped"...: for filtering
    };

    explicit ImportPreviewModel(QObject *parent = nullptr);

    // `file` must outlive the model's use of it (the dialog owns both).
    void setPreview(const rw::NotesFile *file, const rw::ImportPreview &preview);
    const rw::ImportPreview &preview() const { return m_preview; }
    const rw::NoteItem *itemAt(int row) const;
    const rw::ImportItemPlan *planAt(int row) const;

    static QString howName(rw::TargetMatch::How how);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    const rw::NotesFile *m_file = nullptr;
    rw::ImportPreview m_preview;
};
