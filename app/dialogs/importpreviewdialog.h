#pragma once

#include "exchange/notesfile.h"
#include "exchange/notesimporter.h"

#include <QDialog>

#include <functional>

class ImportPreviewModel;
class QButtonGroup;
class QComboBox;
class QDialogButtonBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;
class QSortFilterProxyModel;
class QTabWidget;
class QTableView;
class QTimer;
class Workspace;
class SafeTextBrowser;
class SharedPartsView;

namespace rw {
class Database;
}

// The preview of a classmate's note file before anything is written: which
// items match which programs here and how, which match nothing (skip them,
// or add their programs as the user's own), how many notes are new, updated
// or unchanged, the name their notes will carry (editable), and, for
// information only, any ratings, ranks, weights or lists the file shares.
// Import applies it in one transaction, as one undoable step of the
// workspace. A file that is not valid shows why and offers only Close.
class ImportPreviewDialog : public QDialog
{
    Q_OBJECT

public:
    ImportPreviewDialog(Workspace *workspace, const QString &path, QWidget *parent = nullptr);
    ~ImportPreviewDialog() override;

    bool isFileValid() const { return m_valid; }
    QString errorMessage() const { return m_error; }
    const rw::ImportPreview &preview() const;

    // For tests and for the window that opens the dialog.
    QLineEdit *peerNameEdit() const { return m_peerName; }
    QTableView *itemView() const { return m_view; }
    ImportPreviewModel *model() const { return m_model; }
    QRadioButton *addUnmatchedButton() const { return m_addUnmatched; }
    QPushButton *importButton() const { return m_importButton; }
    QLabel *summaryLabel() const { return m_summary; }
    SafeTextBrowser *noteView() const { return m_noteView; }
    QComboBox *showFilter() const { return m_show; }
    SharedPartsView *sharedView() const { return m_shared; }

    // Recomputes the preview now instead of after typing pauses.
    void refreshPreview();

    void accept() override;

protected:
    void showEvent(QShowEvent *event) override;

Q_SIGNALS:
    // After a successful import, with the peer's name as stored.
    void imported(const QString &peerName);

private:
    void buildErrorUi(const QString &message);
    void buildPreviewUi();
    QWidget *buildNotesTab();
    QWidget *buildSharedTab();
    void updateSummary();
    void showCurrentNote();
    void applyFilter();
    rw::ImportOptions options() const;

    rw::Database &db() const;

    Workspace *m_workspace;
    QString m_path;
    rw::NotesFile m_file;
    bool m_valid = false;
    QString m_error;
    bool m_nameOk = true;
    bool m_columnsSized = false;

    ImportPreviewModel *m_model = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
    QLabel *m_heading = nullptr;
    QLabel *m_notice = nullptr;
    QLineEdit *m_peerName = nullptr;
    QLabel *m_nameProblem = nullptr;
    QLabel *m_summary = nullptr;
    QTabWidget *m_tabs = nullptr;
    QComboBox *m_show = nullptr;
    QTableView *m_view = nullptr;
    SafeTextBrowser *m_noteView = nullptr;
    SharedPartsView *m_shared = nullptr;
    QGroupBox *m_unmatchedBox = nullptr;
    QRadioButton *m_skipUnmatched = nullptr;
    QRadioButton *m_addUnmatched = nullptr;
    QLabel *m_programsToAdd = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QPushButton *m_importButton = nullptr;
    QTimer *m_refresh = nullptr;
};
