#pragma once

#include "exchange/notesfile.h"

#include <QTreeWidget>

// The private parts a classmate chose to put in a note file (criteria and
// weights, ratings, lists and ranks), read-only, for the import preview.
// They are shown for information and never stored; every name from the file
// is shown inertly.
class SharedPartsView : public QTreeWidget
{
    Q_OBJECT

public:
    explicit SharedPartsView(const rw::NotesFile &file, QWidget *parent = nullptr);
};
