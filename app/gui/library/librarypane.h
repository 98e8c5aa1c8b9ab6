// The library pane: the tree of sessions (groups, folders, entries) and, under
// it, the key to the flag icons. It owns how the library is shown (columns
// sized to what they hold, Name taking the room that is left, groups opened as
// they appear) and answers what is current and selected; what to do with a
// session is the window's business.
#pragma once

#include <QModelIndexList>
#include <QWidget>

class QTimer;
class QTreeView;

namespace fero::gui {

class FlagLegend;
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

    // The current row (column 0), and its entry when it is a session.
    QModelIndex currentIndex() const;
    const LibraryEntry *currentEntry() const;
    // The selected rows (column 0), groups and folders included.
    QModelIndexList selectedRows() const;
    bool hasSelection() const;
    // Makes index current and the only selection, opening its parent.
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

    LibraryModel *m_model;
    QTreeView *m_view;
    FlagLegend *m_legend;
    QTimer *m_fitTimer;
    int m_preferredWidth = 0;
};

} // namespace fero::gui
