#pragma once

#include <QAbstractTableModel>

#include <optional>

class RankDocument;

// The ratings grid: the current list's tracks (rows, in the user's order,
// named in the vertical header) by criteria (columns). Every cell is the
// value the score uses and is editable: ratings 1 to 5, Yes/No on a
// feature, a number on an attribute. A fact the user gave wins over the
// catalog's, which stays as the suggestion in the tooltip; the tooltip and
// the accessible text say where each value comes from (the catalog with its
// source file, or you). Catalog facts are in italics. A missing value shows
// as "–" and says so, in text, not only in colour.
class RatingsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Role {
        TrackIdRole = Qt::UserRole + 1,
        CriterionIdRole,
        EditableRole,
        KindRole, // the criterion's rw::CriterionKind, as an int
        SourceRole, // "you", "catalog" or empty (rw::ListAnalysis::sourceId)
        SuggestionRole, // the catalog's value as text, when there is one
    };

    explicit RatingsModel(RankDocument *document, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    // EditRole: a rating's int 1..5, a feature's bool, an attribute's
    // number; an invalid QVariant clears the user's value. Emits
    // ratingRequested or valueRequested; the grid changes when the command
    // lands.
    bool setData(const QModelIndex &index, const QVariant &value, int role) override;

    bool isRatingCell(const QModelIndex &index) const;
    bool isFeatureCell(const QModelIndex &index) const;

Q_SIGNALS:
    void ratingRequested(qint64 trackId, qint64 criterionId, std::optional<int> value);
    void valueRequested(qint64 trackId, qint64 criterionId, std::optional<double> value);

private:
    void rebuild();
    QString describe(int row, int column) const;

    RankDocument *m_document;
    QList<qint64> m_trackIds; // rows
    QList<qint64> m_criterionIds; // columns
};
