#include "widgets/columnsmenu.h"

#include <QAbstractItemModel>
#include <QCoreApplication>
#include <QHeaderView>
#include <QMenu>

namespace fero::gui {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(ColumnsMenu)
};

} // namespace

QMenu *createColumnsMenu(QHeaderView *header, QWidget *parent, const HiddenColumnsChanged &changed)
{
    auto *menu = new QMenu(Tr::tr("Columns"), parent);
    menu->setObjectName(QStringLiteral("columnsMenu"));
    const QAbstractItemModel *model = header->model();
    for (int column = 1; model && column < header->count(); ++column) {
        QAction *action = menu->addAction(model->headerData(column, header->orientation()).toString());
        action->setCheckable(true);
        action->setChecked(!header->isSectionHidden(column));
        action->setData(column);
        QObject::connect(action, &QAction::toggled, header, [header, column, changed](bool shown) {
            header->setSectionHidden(column, !shown);
            if (shown && header->sectionSize(column) < header->minimumSectionSize() * 2)
                header->resizeSection(column, header->defaultSectionSize());
            QList<int> hidden;
            for (int c = 0; c < header->count(); ++c) {
                if (header->isSectionHidden(c))
                    hidden << c;
            }
            if (changed)
                changed(hidden);
        });
    }
    return menu;
}

void installColumnsMenu(QHeaderView *header, const HiddenColumnsChanged &changed)
{
    header->setContextMenuPolicy(Qt::CustomContextMenu);
    QObject::connect(header, &QWidget::customContextMenuRequested, header, [header, changed](const QPoint &pos) {
        QMenu *menu = createColumnsMenu(header, header, changed);
        menu->setAttribute(Qt::WA_DeleteOnClose);
        menu->popup(header->viewport()->mapToGlobal(pos));
    });
}

} // namespace fero::gui
