#include "session/flaglegend.h"

#include "library/libraryflags.h"
#include "library/librarymodel.h"

#include <QHBoxLayout>
#include <QLabel>

#include <vector>

namespace fero::gui {

FlagLegend::FlagLegend(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("flagLegend"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(4, 2, 4, 2);
    layout->setSpacing(4);
    for (LibraryFlag flag : AllLibraryFlags) {
        auto *icon = new QLabel(this);
        icon->setPixmap(flagIcon(flag).pixmap(16, 16));
        auto *text = new QLabel(this);
        text->setObjectName(QStringLiteral("flagLegendText%1").arg(int(flag)));
        m_texts[int(flag)] = text;
        layout->addWidget(icon);
        layout->addWidget(text);
        layout->addSpacing(8);
    }
    layout->addStretch();
    hide();
}

void FlagLegend::refresh(const LibraryModel &model, const QString &releaseLabel)
{
    bool present[std::size(AllLibraryFlags)] = {};
    std::vector<QModelIndex> stack{QModelIndex()};
    while (!stack.empty()) {
        const QModelIndex parent = stack.back();
        stack.pop_back();
        for (int row = 0; row < model.rowCount(parent); ++row) {
            const QModelIndex child = model.index(row, 0, parent);
            if (const LibraryEntry *e = model.entry(child)) {
                for (LibraryFlag flag : flagsOf(*e))
                    present[int(flag)] = true;
            } else {
                stack.push_back(child);
            }
        }
    }
    m_any = false;
    for (LibraryFlag flag : AllLibraryFlags) {
        QLabel *text = m_texts[int(flag)];
        text->setText(flagShortText(flag, releaseLabel, 0));
        // Flags no row has stay in the key, dimmed: the key reads the same every time.
        text->setEnabled(present[int(flag)]);
        m_any = m_any || present[int(flag)];
    }
    setToolTip(flagsLegendToolTip(releaseLabel));
    setVisible(m_any);
}

} // namespace fero::gui
