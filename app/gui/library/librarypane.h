// The library pane: a filter field, the tree of sessions (groups, folders,
// entries) and, under it, the key to the flag icons. It owns how the library
// is shown (the filter, columns sized to what they hold, Name taking the room
// that is left, groups opened as they appear) and answers what is current and
// selected, in LibraryModel's indexes (the view shows them through the
// filter); what to do with a session is the window's business.
#pragma once

#include <QModelIndexList>
#include <QWidget>

class QLabel;
class QLineEdit;
class QTimer;
class QTreeView;

namespace fero::gui {

class FlagLegend;
class LibraryFilter;
class LibraryModel;
struct LibraryEntry;

class LibraryPane final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LibraryPane)

public:
    explicit LibraryPane(LibraryModel *model, QWidget *parent = nullptr);

    LibraryModel *model() const { return m_model; }
    QTreeView *view() const { return m_view; }
    FlagLegend *legend() const { return m_legend; }
    QLineEdit *filterField() const { return m_filterField; }
    LibraryFilter *filter() const { return m_filter; }
    // The view's index for a library index (invalid while the filter hides it).
    QModelIndex viewIndex(const QModelIndex &libraryIndex) const;

    // The current row (column 0), and its entry when it is a session.
    QModelIndex currentIndex() const;
    const LibraryEntry *currentEntry() const;
    // The selected rows (column 0), groups and folders included.
    QModelIndexList selectedRows() const;
    bool hasSelection() const;
    // Makes index current and the only selection, opening its parent (and
    // clearing the filter when it hides the row).
    void select(const QModelIndex &index);
    // The width at which every visible column shows in full (for the
    // window's first split); 0 before the first fit.
    int preferredWidth() const { return m_preferredWidth; }

signals:
    void currentChanged();
    void selectionChanged();
    // The columns were fitted again: preferredWidth() may have changed.
    void columnsFitted();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void setInitialColumnWidths();
    void setUpColumns();
    void fitColumns();
    int minimumNameWidth() const;
    void applyFilter();
    int nameColumnWidth() const;

    LibraryModel *m_model;
    LibraryFilter *m_filter;
    QLineEdit *m_filterField;
    QLabel *m_filterCount;
    QTreeView *m_view;
    FlagLegend *m_legend;
    QTimer *m_fitTimer;
    int m_preferredWidth = 0;
};

} // namespace fero::gui
